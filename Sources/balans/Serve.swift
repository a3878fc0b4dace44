import ArgumentParser
import BalansCore
import BalansStore
import BalansWeb
import Foundation
import Logging

/// `balans serve --db DB`: the web application (issue 7) of every organisation of the database, or of the one
/// `--organisation` names (issue 17).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the web application.",
        discussion:
            "Serves every organisation of the database: by host name where --host-organisation maps one, else the "
            + "organisation the user chose (at login or with the menu's switcher), else the default organisation.")
    @Option(name: .long, help: "The database: an SQLite file, or postgres://user:password@host:port/database.")
    var db: String
    @Option(
        name: .customLong("read-db"),
        help: ArgumentHelp(
            "A streaming-replication hot standby of the --db PostgreSQL server (postgres://…, the same database): "
                + "reads go to it, writes to --db; a user's own writes are read at once (env BALANS_READ_DB)."))
    var readDB: String?
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Serve this organisation only (a code); without it every organisation of the database is served, "
                + "\"\(Store.defaultOrganisation)\" (else the first) by default."))
    var organisation: OrganisationCode?
    @Option(
        name: .customLong("host-organisation"),
        help: ArgumentHelp(
            "HOST=CODE: requests to this host name are the organisation's, which is served at that host only "
                + "(repeatable; the proxy in front passes the Host header on)."))
    var hostOrganisations: [String] = []
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
    @Option(
        help: ArgumentHelp(
            "The address users reach the application at, for links in e-mail (default http://HOST:PORT; an "
                + "organisation of --host-organisation is reached at https://ITS-HOST)."))
    var publicURL: String?

    /// The host names of `--host-organisation`, lower case, and their organisations.
    func hostMap() throws -> [String: OrganisationCode] {
        var map: [String: OrganisationCode] = [:]
        for entry in hostOrganisations {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !parts[0].contains(":") else {
                throw ValidationError("--host-organisation \(entry): give HOST=CODE (a host name without a port)")
            }
            map[parts[0].lowercased()] = OrganisationCode(rawValue: parts[1])
        }
        return map
    }

    func run() async throws {
        let hosts = try hostMap()
        let stores: [Store]
        let entries: [OrganisationEntry]
        do {
            // Each organisation's store on a connection of its own, as a server of one organisation has: its
            // change counter then sees the other organisations' writes to shared rows (logins, sessions).
            entries = try await Store.organisationEntries(path: db)
            let codes = organisation.map { [$0] } ?? entries.map(\.code)
            guard !codes.isEmpty else {
                throw InputFailure([InputIssue(file: db, line: nil, message: "no organisation to serve")])
            }
            for (host, code) in hosts.sorted(by: { $0.key < $1.key }) where !codes.contains(code) {
                throw InputFailure([
                    InputIssue(
                        file: "--host-organisation", line: nil, message: "\(host): no organisation \"\(code)\" served")
                ])
            }
            var opened: [Store] = []
            let standby =
                readDB ?? ProcessInfo.processInfo.environment["BALANS_READ_DB"].flatMap { $0.isEmpty ? nil : $0 }
            for code in codes {
                opened.append(try await Store(path: db, readPath: standby, organisation: code, create: false))
            }
            stores = opened
        } catch let failure as InputFailure {
            for issue in failure.issues { Balans.note(issue.description) }
            throw ExitCode(65)
        }
        let fallback =
            organisation
            ?? (stores.contains { $0.organisation == Store.defaultOrganisation } ? Store.defaultOrganisation : nil)
        for store in stores {
            let name = entries.first { $0.code == store.organisation }?.name ?? store.organisation.rawValue
            let at = hosts.filter { $0.value == store.organisation }.keys.sorted().map { "http://\($0):\(port)/" }
            let fallbackNote = store.organisation == fallback && stores.count > 1 ? " (default)" : ""
            Balans.note(
                "Balans (organisation \"\(store.organisation)\", \(name))\(fallbackNote): "
                    + (at.isEmpty ? "http://\(host):\(port)/" : at.joined(separator: ", ")))
        }
        // One line per request on standard error: method, path, status, duration, user, organisation.
        let log = Logger(label: "balans.requests")
        var mailers: [OrganisationCode: Mailer] = [:]
        for store in stores {
            let own = hosts.filter { $0.value == store.organisation }.keys.sorted().first.map { "https://\($0)" }
            mailers[store.organisation] = sendmail.flatMap {
                Mailer(command: $0, from: mailFrom, baseURL: own ?? publicURL ?? "http://\(host):\(port)")
            }
        }
        let server = WebServer(
            stores: stores, entries: entries, hosts: hosts, fallback: fallback, secureCookies: !insecureCookies,
            requestLogger: log, mailers: mailers)
        // Deadline reminders of every organisation: checked at start and every hour; each is sent once.
        let reminders = Task {
            while !Task.isCancelled {
                await server.remindDeadlines(today: Date(), log: log)
                try? await Task.sleep(for: .seconds(3600))
            }
        }
        defer { reminders.cancel() }
        try await server.application(host: host, port: port).runService()
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
