import ArgumentParser
import BalansCore
import BalansStore
import BalansWeb
import Foundation

/// `balans serve --db DB`: the web application (issue 7).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the web application.")
    @OptionGroup var database: DatabaseOption
    @Option(help: "Address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "Port.") var port: Int = 8080
    @Flag(help: "Cookies without the Secure flag, for plain HTTP on another host than localhost (tests only; put TLS in front in production).") var insecureCookies = false

    func run() async throws {
        let store: Store
        do {
            store = try database.open()
        } catch let failure as InputFailure {
            for issue in failure.issues { Balans.note(issue.description) }
            throw ExitCode(65)
        }
        // Imports from other processes should not stall the pages: WAL lets reads go on.
        try store.enableWriteAheadLog()
        Balans.note("Balans (organisation \"\(store.organisation)\"): http://\(host):\(port)/")
        try await WebApp(store: store, secureCookies: !insecureCookies).application(host: host, port: port).runService()
    }
}
