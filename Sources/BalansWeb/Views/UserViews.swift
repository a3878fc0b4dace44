import BalansCore
import BalansStore

/// A choice of a form's select.
struct FormChoice: MustacheView {
    var value, label: String
    var selected: Bool

    /// The roles in the order of their rights, `chosen` selected.
    static func roles(_ chosen: String) -> [FormChoice] {
        Role.allCases.map {
            FormChoice(value: $0.rawValue, label: Labels.role[$0] ?? $0.rawValue, selected: $0.rawValue == chosen)
        }
    }

    /// The nodes below the root of `tree` a committee controller may be scoped to, `chosen` selected.
    static func nodes(_ tree: OrgTree, _ chosen: String) -> [FormChoice] {
        tree.nodes.filter { $0.parent != nil }.map {
            FormChoice(
                value: $0.code.rawValue, label: "\($0.code.rawValue) – \($0.name)",
                selected: $0.code.rawValue == chosen
            )
        }
    }
}

extension Labels {
    /// A user's status in the organisation.
    static func userStatus(_ u: AppUser) -> String { u.active ? "Aktiv" : "Inaktiverad" }
}

/// The organisation's users (`Templates.users`) and the form that adds one, refilled when it was refused.
struct UsersView: PageView, MustacheView {
    static let template = "users"
    var message, error: String?
    var rows: [Row]
    var action = Page.users().url
    var csrf, name, email: String
    var roles, nodes: [FormChoice]

    struct Row: MustacheView { var name, url, role, node, email, status: String }

    init(
        _ users: [AppUser], tree: OrgTree, session s: Session, message: String?, error: String?, form: [String: String]
    ) {
        self.message = message
        self.error = error
        rows = users.map {
            Row(
                name: $0.name, url: Page.user($0.name).url, role: Labels.role[$0.role] ?? $0.role.rawValue,
                node: tree.node($0.node).map { "\($0.code) \($0.name)" } ?? $0.node.rawValue, email: $0.email,
                status: Labels.userStatus($0))
        }
        csrf = s.csrf
        name = form["name"] ?? ""
        email = form["email"] ?? ""
        roles = FormChoice.roles(form["role"] ?? Role.committee.rawValue)
        nodes = FormChoice.nodes(tree, form["node"] ?? "")
    }
}

/// One user (`Templates.user`): role, node, e-mail and status, with a form for each change.
struct UserView: PageView, MustacheView {
    static let template = "user"
    var message, error: String?
    var name, role, node, email, status, csrf: String
    var roles, nodes: [FormChoice]
    var roleAction, emailAction, activeAction, passwordAction: String
    var activeHeading, activeText, activeButton, activeValue: String
    var back = Page.users().url

    init(_ u: AppUser, tree: OrgTree, session s: Session, message: String?, error: String?) {
        self.message = message
        self.error = error
        name = u.name
        role = Labels.role[u.role] ?? u.role.rawValue
        node = tree.node(u.node).map { "\($0.code) \($0.name)" } ?? u.node.rawValue
        email = u.email
        status = Labels.userStatus(u)
        csrf = s.csrf
        roles = FormChoice.roles(u.role.rawValue)
        nodes = FormChoice.nodes(tree, u.node.rawValue)
        roleAction = Page.userChange(u.name, .role).url
        emailAction = Page.userChange(u.name, .email).url
        activeAction = Page.userChange(u.name, .active).url
        passwordAction = Page.userChange(u.name, .password).url
        activeHeading = u.active ? "Inaktivera" : "Återaktivera"
        activeText =
            u.active
            ? "En inaktiverad användare kan inte logga in, och inloggningarna avslutas genast."
            : "Användaren är inaktiverad och kan inte logga in."
        activeButton = u.active ? "Inaktivera användaren" : "Återaktivera användaren"
        activeValue = u.active ? "0" : "1"
    }
}

/// The logged-in user's own password (`Templates.password`).
struct PasswordView: PageView, MustacheView {
    static let template = "password"
    var message, error: String?
    var action = Page.password().url
    var csrf: String

    init(session s: Session, message: String?, error: String?) {
        self.message = message
        self.error = error
        csrf = s.csrf
    }
}
