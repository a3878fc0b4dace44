import ArgumentParser
import BalansCore
import BalansStore
import BalansWeb
import Foundation
import Logging

/// `balans serve --db DB`: the web application (issue 7).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the web application.")
    @OptionGroup var database: DatabaseOption
    @Option(help: "Address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "Port.") var port: Int = 8080
    @Flag(
        help: ArgumentHelp(
            "Cookies without the Secure flag, for plain HTTP on another host than localhost "
                + "(tests only; put TLS in front in production).")
    ) var insecureCookies = false
    @Option(
        help: ArgumentHelp(
            "A sendmail-compatible command for notifications by e-mail, e.g. \"/usr/sbin/sendmail -t -i\": the "
                + "message, headers and all, goes to its standard input. Without it notifications stay in the app.")
    ) var sendmail: String?
    @Option(help: "The From: address of notification e-mail.") var mailFrom = "Balans <balans@localhost>"
    @Option(help: "The address users reach the application at, for links in e-mail (default http://HOST:PORT).")
    var publicURL: String?

    func run() async throws {
        let store: Store
        do {
            store = try await database.open()
        } catch let failure as InputFailure {
            for issue in failure.issues { Balans.note(issue.description) }
            throw ExitCode(65)
        }
        Balans.note("Balans (organisation \"\(store.organisation)\"): http://\(host):\(port)/")
        // One line per request on standard error: method, path, status, duration, user.
        let log = Logger(label: "balans.requests")
        let mailer = sendmail.flatMap {
            Mailer(command: $0, from: mailFrom, baseURL: publicURL ?? "http://\(host):\(port)")
        }
        let app = WebApp(store: store, secureCookies: !insecureCookies, requestLogger: log, mailer: mailer)
        // Deadline reminders: checked at start and every hour; each is sent once (`Store.addNotices`).
        let reminders = Task {
            while !Task.isCancelled {
                do { try await app.remindDeadlines(today: Date()) } catch { log.warning("reminders: \(error)") }
                try? await Task.sleep(for: .seconds(3600))
            }
        }
        defer { reminders.cancel() }
        try await app.application(host: host, port: port).runService()
    }
}

/// `balans organisation set KEY VALUE`: an organisation's own settings (four eyes, issue 13).
struct OrganisationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "organisation", abstract: "Show or change the organisation's settings.",
        subcommands: [OrganisationSet.self, OrganisationShow.self])
}

struct OrganisationSet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract:
            "Set a setting: four-eyes on|off (whether the submitter may approve), larger-deviation-threshold KRONOR.")
    @Argument(help: "The setting: \(OrganisationSetting.allCases.map(\.rawValue).joined(separator: ", ")).") var key:
        String
    @Argument(help: "Its value.") var value: String
    @OptionGroup var database: DatabaseOption

    func run() async throws {
        try await Balans.checkedAwaiting {
            guard let setting = OrganisationSetting(rawValue: key) else {
                let known = OrganisationSetting.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("unknown setting \"\(key)\": one of \(known)")
            }
            let store = try await database.open()
            try await store.setSetting(
                setting, to: value, user: "cli:\(ProcessInfo.processInfo.environment["USER"] ?? "?")")
            Balans.note("\(store.organisation): \(key) \(value)")
        }
    }
}

struct OrganisationShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print the organisation's settings.")
    @OptionGroup var database: DatabaseOption

    func run() async throws {
        try await Balans.checkedAwaiting {
            let store = try await database.open()
            for setting in OrganisationSetting.allCases {
                print("\(setting.rawValue) \(try await store.setting(setting))")
            }
        }
    }
}
