import BalansCore
import BalansStore
import Foundation

/// A user's fields as the administrator's forms and the API give them, checked before the store is asked: what is
/// wrong, in Swedish, for the person who typed it (the store checks again and refuses in English).
enum UserInput {
    /// The shortest password the web application and `balans user` take.
    static let minimumPasswordLength = 8

    static func nameProblem(_ name: String) -> String? {
        if name.isEmpty || name.count > Store.maxUserNameLength {
            return "Ett användarnamn har 1 till \(Store.maxUserNameLength) tecken."
        }
        return InputText.problem(in: name, multiline: false).map { "Användarnamnet \($0)." }
    }

    static func passwordProblem(_ password: String) -> String? {
        password.count >= minimumPasswordLength ? nil : "Lösenordet ska ha minst \(minimumPasswordLength) tecken."
    }

    static func emailProblem(_ email: String) -> String? {
        (try? Store.checkEmail(email, of: "")) == nil ? "\"\(email)\" är ingen e-postadress." : nil
    }

    /// The role and node as stored (a node only for a committee controller, who needs one of `tree`), or what is wrong.
    static func role(_ text: String?, node: String?, tree: OrgTree) -> Result<(Role, NodeCode), Problem> {
        guard let role = Role(rawValue: text ?? "") else {
            return .failure(Problem("Välj en roll: admin, central, committee eller reader."))
        }
        guard role == .committee else { return .success((role, "")) }
        let code = NodeCode(node ?? "")
        guard !code.rawValue.isEmpty, tree.node(code) != nil, code != tree.root.code else {
            return .failure(Problem("En nämndcontroller behöver en nämnd i organisationen."))
        }
        return .success((role, code))
    }

    /// What is wrong with an input, in a sentence.
    struct Problem: Error {
        var text: String
        init(_ text: String) { self.text = text }
    }

    /// The organisation tree a committee controller's node is chosen from: the newest year's.
    static func tree(_ data: FollowUpData) -> OrgTree {
        data.tree(for: data.ledgers.keys.max() ?? Calendar(identifier: .gregorian).component(.year, from: Date()))
    }
}

extension WebApp {
    /// A new password's bcrypt hash, made on the hasher's own threads.
    func hashPassword(_ password: String) async throws -> String {
        try await hasher.run { Auth.hashPassword(password) }
    }
}
