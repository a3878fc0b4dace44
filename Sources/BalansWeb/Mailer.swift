import Foundation
import Subprocess

#if canImport(System)
    import System
#else
    import SystemPackage
#endif

/// E-mail through a sendmail-compatible command the operator configures (`balans serve --sendmail
/// "/usr/sbin/sendmail -t -i"`, issue 17): the message, headers and all, goes to the command's standard input;
/// `-t` takes the recipient from the `To:` header. Balans speaks no SMTP itself: the host's mail system queues,
/// retries and signs.
public struct Mailer: Sendable {
    /// The command and its arguments, split on spaces.
    public var command: [String]
    /// The `From:` address.
    public var from: String
    /// The web application's address as users reach it, put before a notice's path in the message.
    public var baseURL: String
    /// How long one message may take before the command is stopped.
    public var timeout: Duration = .seconds(20)

    /// A mailer running `command` (split on spaces); nil for an empty command.
    public init?(command: String, from: String, baseURL: String) {
        let parts = command.split(separator: " ").map(String.init)
        guard !parts.isEmpty else { return nil }
        self.command = parts
        self.from = from
        self.baseURL = baseURL
    }

    /// The message as the command reads it: RFC 5322 headers (the subject encoded as RFC 2047 UTF-8), the text.
    func message(to address: String, subject: String, body: String) -> String {
        let encoded = "=?UTF-8?B?\(Data(subject.utf8).base64EncodedString())?="
        return [
            "From: \(from)", "To: \(address)", "Subject: \(encoded)", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "", body, "",
        ].joined(separator: "\r\n")
    }

    /// Sends one message; throws when the command fails or takes longer than `timeout`.
    func send(to address: String, subject: String, body: String) async throws {
        let text = message(to: address, subject: subject, body: body)
        let executable: Executable = command[0].contains("/") ? .path(FilePath(command[0])) : .name(command[0])
        let arguments = Arguments(Array(command.dropFirst()))
        let limit = timeout
        let status = try await withThrowingTaskGroup(of: TerminationStatus?.self) { group in
            group.addTask {
                try await Subprocess.run(
                    executable, arguments: arguments, input: .string(text), output: .discarded, error: .discarded
                ).terminationStatus
            }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            return first
        }
        guard let status, status.isSuccess else {
            throw MailFailure(
                description: "\(command[0]) did not take the message to \(address) (\(String(describing: status)))")
        }
    }
}

/// A message the mail command did not take.
struct MailFailure: Error, CustomStringConvertible {
    var description: String
}
