import BalansCore
import BalansStore
import Foundation
import Hummingbird

/// The organisation's users, for its administrators (`Require(.operate)`): the list, adding a user, and for one user
/// a new role and node, an e-mail address, deactivation and reactivation, a new password. Each change is in the audit
/// trail under the administrator's name; a new role, a deactivation or a new password ends the user's sessions.
struct UserController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        let admin = group.group().add(middleware: Require(permission: .operate))
        admin.get(RouterPath(Page.users().url)) { request, context in
            try await app.page(context) { s, data in
                let message = request.uri.queryParameters["meddelande"].map(String.init)
                return try await Self.list(app, data, session: s, message: message)
            }
        }
        admin.post(RouterPath(Page.users().url)) { request, context in
            try await app.formPost(request, context) { s, form, _ in
                let data = try await app.cache.data()
                let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
                let password = form["password"] ?? ""
                let email = (form["email"] ?? "").trimmingCharacters(in: .whitespaces)
                var problems = [
                    UserInput.nameProblem(name), UserInput.passwordProblem(password),
                    UserInput.emailProblem(email),
                ].compactMap { $0 }
                let role = UserInput.role(form["role"], node: form["node"], tree: UserInput.tree(data))
                if case .failure(let p) = role { problems.append(p.text) }
                if problems.isEmpty, try await app.store.user(named: name) != nil {
                    problems.append("Det finns redan en användare med namnet \(name).")
                }
                guard problems.isEmpty, case .success(let (r, node)) = role else {
                    return try await Self.list(
                        app, data, session: s, error: problems.joined(separator: " "), form: form,
                        status: .unprocessableContent)
                }
                do {
                    try await app.store.addUser(
                        name: name, passwordHash: try await app.hashPassword(password), role: r, node: node,
                        email: email, by: s.user.name)
                } catch let e as InputFailure {
                    return try await Self.list(
                        app, data, session: s, error: e.description, form: form, status: .unprocessableContent)
                }
                return WebApp.redirect(.users(message: "Användaren \(name) är tillagd."))
            }
        }
        admin.get("/anvandare/:name") { request, context in
            try await app.page(context) { s, data in
                guard let user = try await app.store.user(named: try context.pathValue("name")) else {
                    return WebApp.notFound(s)
                }
                let message = request.uri.queryParameters["meddelande"].map(String.init)
                let view = UserView(user, tree: UserInput.tree(data), session: s, message: message, error: nil)
                return WebApp.html(HTML.page("Användaren \(user.name)", session: s, body: view.rendered()))
            }
        }
        for action in Page.UserAction.allCases {
            admin.post(RouterPath("/anvandare/:name/\(action.rawValue)")) { request, context in
                let name = try context.pathValue("name")
                return try await app.formPost(request, context) { s, form, _ in
                    try await Self.change(app, name, action, form: form, session: s)
                }
            }
        }
    }

    /// The users page; with `error` and `form` when an addition was refused.
    static func list(
        _ app: WebApp, _ data: FollowUpData, session s: Session, message: String? = nil, error: String? = nil,
        form: [String: String] = [:], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let view = UsersView(
            try await app.store.users(), tree: UserInput.tree(data), session: s, message: message, error: error,
            form: form)
        return WebApp.html(HTML.page("Användare", session: s, body: view.rendered()), status: status)
    }

    /// One change of one user from its form: checked, made, and back to the user's page with what was done.
    static func change(
        _ app: WebApp, _ name: String, _ action: Page.UserAction, form: [String: String], session s: Session
    ) async throws -> Response {
        guard let user = try await app.store.user(named: name) else { return WebApp.notFound(s) }
        let data = try await app.cache.data()
        let tree = UserInput.tree(data)
        var change = UserChange()
        var problem: String?
        let done: String
        switch action {
        case .role:
            switch UserInput.role(form["role"], node: form["node"], tree: tree) {
            case .success(let (role, node)): (change.role, change.node) = (role, node)
            case .failure(let p): problem = p.text
            }
            done = "Rollen är ändrad; användarens inloggningar är avslutade."
        case .email:
            let email = (form["email"] ?? "").trimmingCharacters(in: .whitespaces)
            problem = UserInput.emailProblem(email)
            change.email = email
            done = email.isEmpty ? "E-postadressen är borttagen." : "E-postadressen är sparad."
        case .active:
            let active = form["active"] == "1"
            if !active && name == s.user.name { problem = "Du kan inte inaktivera dig själv." }
            change.active = active
            done = active ? "Användaren är återaktiverad." : "Användaren är inaktiverad och utloggad."
        case .password:
            let password = form["password"] ?? ""
            problem = UserInput.passwordProblem(password)
            if problem == nil { change.passwordHash = try await app.hashPassword(password) }
            done = "Lösenordet är satt; användarens inloggningar är avslutade."
        }
        do {
            if problem == nil { try await app.store.changeUser(name, change, by: s.user.name) }
        } catch let e as InputFailure {
            problem = e.description
        }
        if let problem {
            let view = UserView(user, tree: tree, session: s, message: nil, error: problem)
            return WebApp.html(
                HTML.page("Användaren \(user.name)", session: s, body: view.rendered()), status: .unprocessableContent)
        }
        return WebApp.redirect(.user(name, message: done))
    }
}

/// The logged-in user's own password (Byt lösenord), for every role: the current one, the new one twice. The user's
/// other sessions end; this one goes on. A wrong current password counts as a failed login (`LoginLimiter`).
struct PasswordController: WebController {
    let app: WebApp

    func addRoutes(to group: RouterGroup<WebContext>) {
        let app = self.app
        group.get(RouterPath(Page.password().url)) { request, context in
            try await app.page(context) { s, _ in
                let message = request.uri.queryParameters["meddelande"].map(String.init)
                return WebApp.html(
                    HTML.page(
                        "Byt lösenord", session: s,
                        body: PasswordView(session: s, message: message, error: nil).rendered()))
            }
        }
        group.post(RouterPath(Page.password().url)) { request, context in
            let address = context.clientAddress(request)
            return try await app.formPost(request, context) { s, form, _ in
                func refused(_ text: String, _ status: HTTPResponse.Status) -> Response {
                    WebApp.html(
                        HTML.page(
                            "Byt lösenord", session: s,
                            body: PasswordView(session: s, message: nil, error: text).rendered()
                        ), status: status)
                }
                let (current, new) = (form["current"] ?? "", form["new"] ?? "")
                if let problem = UserInput.passwordProblem(new) { return refused(problem, .unprocessableContent) }
                guard new == form["repeat"] else {
                    return refused("De två nya lösenorden är inte lika.", .unprocessableContent)
                }
                let now = app.clock()
                if await app.limiter.retryAfter(name: s.user.name, address: address, now: now) != nil {
                    let why = "För många felaktiga försök. Vänta en stund och försök igen."
                    return refused(why, .tooManyRequests)
                }
                let hash = s.user.passwordHash
                guard try await app.hasher.run({ Auth.verify(current, hash: hash) }) else {
                    await app.limiter.failed(name: s.user.name, address: address, now: now)
                    return refused("Det nuvarande lösenordet stämmer inte.", .unprocessableContent)
                }
                try await app.store.changeUser(
                    s.user.name, UserChange(passwordHash: try await app.hashPassword(new)), by: s.user.name,
                    keeping: s.tokenHash)
                let done = "Lösenordet är bytt. Dina andra inloggningar är avslutade."
                return WebApp.redirect(.password(message: done))
            }
        }
    }
}
