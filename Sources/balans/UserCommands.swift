import ArgumentParser
import BalansCore
import BalansStore
import BalansWeb
import Foundation

/// `balans user add|passwd|remove|role|email`: the users of an organisation. Passwords are read
/// from standard input (never from the command line, where other users could see them).
/// Every change but `add` ends the user's sessions at once, also in a running `serve`.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage users.",
        subcommands: [UserAdd.self, UserPasswd.self, UserRemove.self, UserRole.self, UserEmail.self])

    /// The new password from standard input's first line: at least 8 characters.
    static func readPassword(for name: String) throws -> String {
        let password = readLine(strippingNewline: true) ?? ""
        guard password.count >= 8 else {
            throw InputFailure([
                InputIssue(
                    file: "user \(name)", line: nil,
                    message: "the password (standard input) must have at least 8 characters")
            ])
        }
        return password
    }

    /// The role and node as stored: a node only for a committee controller, who needs one.
    static func role(_ text: String, node: NodeCode) throws -> (Role, NodeCode) {
        guard let r = Role(rawValue: text) else {
            throw ValidationError("--role must be admin, central, committee or reader")
        }
        if r == .committee && node.rawValue.isEmpty { throw ValidationError("a committee controller needs --node") }
        return (r, r == .committee ? node : "")
    }

    static func ended(_ n: Int) -> String { n == 1 ? "1 session ended" : "\(n) sessions ended" }
}

struct UserAdd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a user; the password is read from standard input.")
    @Argument(help: "User name (at most 64 characters).") var name: String
    @Option(help: "Role: admin, central, committee, reader.") var role: String
    @Option(help: "For a committee controller: the org node it is scoped to.") var node: NodeCode = ""
    @OptionGroup var database: DatabaseOption

    func run() async throws {
        try await Balans.checkedAwaiting {
            let (r, n) = try UserCommand.role(role, node: node)
            let password = try UserCommand.readPassword(for: name)
            try await database.open().addUser(name: name, passwordHash: Auth.hashPassword(password), role: r, node: n)
            Balans.note("user \(name) added (\(r.rawValue)\(n.rawValue.isEmpty ? "" : " \(n)"))")
        }
    }
}

struct UserPasswd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passwd",
        abstract: "Set a user's password (read from standard input); ends the user's sessions in every organisation.")
    @Argument(help: "User name.") var name: String
    @OptionGroup var database: DatabaseOption

    func run() async throws {
        try await Balans.checkedAwaiting {
            let store = try await database.open()
            let password = try UserCommand.readPassword(for: name)
            let ended = try await store.setPassword(name: name, passwordHash: Auth.hashPassword(password))
            Balans.note("user \(name): password changed, \(UserCommand.ended(ended))")
        }
    }
}

struct UserRemove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove a user from the organisation; ends the user's sessions there.")
    @Argument(help: "User name.") var name: String
    @OptionGroup var database: DatabaseOption

    func run() async throws {
        try await Balans.checkedAwaiting {
            let ended = try await database.open().removeUser(name: name)
            Balans.note("user \(name) removed, \(UserCommand.ended(ended))")
        }
    }
}

struct UserRole: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "role", abstract: "Change a user's role in the organisation; ends the user's sessions there.")
    @Argument(help: "User name.") var name: String
    @Option(help: "Role: admin, central, committee, reader.") var role: String
    @Option(help: "For a committee controller: the org node it is scoped to.") var node: NodeCode = ""
    @OptionGroup var database: DatabaseOption

    func run() async throws {
        try await Balans.checkedAwaiting {
            let (r, n) = try UserCommand.role(role, node: node)
            let ended = try await database.open().setRole(name: name, role: r, node: n)
            Balans.note("user \(name): \(r.rawValue)\(n.rawValue.isEmpty ? "" : " \(n)"), \(UserCommand.ended(ended))")
        }
    }
}

struct UserEmail: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "email", abstract: "Set a user's e-mail address for notifications (\"\" removes it).")
    @Argument(help: "User name.") var name: String
    @Argument(help: "The address, e.g. anna.andersson@example.se.") var address: String
    @OptionGroup var database: DatabaseOption

    func run() async throws {
        try await Balans.checkedAwaiting {
            try await database.open().setEmail(name: name, email: address)
            Balans.note("user \(name): e-mail \(address.isEmpty ? "removed" : address)")
        }
    }
}
