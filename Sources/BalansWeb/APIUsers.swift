import BalansCore
import BalansReport
import BalansStore
import Foundation
import Hummingbird

/// The organisation's users in the JSON API, for its administrators: the list, adding a user, and changing one —
/// role and node, e-mail, active, password — in one transaction, in the audit trail under the administrator's name.
extension API {
    /// A user to add (`POST /api/users`) or the changes to one (`POST /api/users/NAME`: every field optional).
    struct UserInputJSON: Decodable {
        var name: String?
        var role: String?
        var node: String?
        var email: String?
        var active: Bool?
        var password: String?
    }

    static func userJSON(_ u: AppUser) -> JSONValue {
        .object([
            ("name", .string(u.name)), ("role", .string(u.role.rawValue)), ("node", .string(u.node.rawValue)),
            ("email", .string(u.email)), ("active", .bool(u.active)),
        ])
    }

    static let adminsOnly = "users are the administrator's"

    static func registerUsers(on router: RouterGroup<WebContext>, app: WebApp) {
        router.get("/api/users") { _, context in
            try await app.api(context) { s, _ in
                guard s.may(.operate) else { return WebApp.apiError(.forbidden, adminsOnly) }
                return WebApp.json(.array(try await app.store.users().map(userJSON)))
            }
        }
        router.post("/api/users") { request, context in
            try await app.apiWrite(request, context) { s, data, body in
                guard s.may(.operate) else { return WebApp.apiError(.forbidden, adminsOnly) }
                let input = try JSONDecoder().decode(UserInputJSON.self, from: body)
                let name = input.name ?? ""
                let email = input.email ?? ""
                let password = input.password ?? ""
                var problems = [
                    UserInput.nameProblem(name), UserInput.passwordProblem(password), UserInput.emailProblem(email),
                ].compactMap { $0 }
                let role = UserInput.role(input.role, node: input.node, tree: UserInput.tree(data))
                if case .failure(let p) = role { problems.append(p.text) }
                if problems.isEmpty, try await app.store.user(named: name) != nil {
                    return WebApp.apiError(.conflict, "Det finns redan en användare med namnet \(name).")
                }
                guard problems.isEmpty, case .success(let (r, node)) = role else {
                    return WebApp.apiError(.unprocessableContent, problems.joined(separator: " "))
                }
                try await app.store.addUser(
                    name: name, passwordHash: try await app.hashPassword(password), role: r, node: node, email: email,
                    by: s.user.name)
                guard let added = try await app.store.user(named: name) else {
                    return WebApp.apiError(.notFound, "no such user")
                }
                return WebApp.json(userJSON(added), status: .created)
            }
        }
        router.post("/api/users/:name") { request, context in
            let name = try context.pathValue("name")
            return try await app.apiWrite(request, context) { s, data, body in
                guard s.may(.operate) else { return WebApp.apiError(.forbidden, adminsOnly) }
                guard let user = try await app.store.user(named: name) else {
                    return WebApp.apiError(.notFound, "no such user")
                }
                let input = try JSONDecoder().decode(UserInputJSON.self, from: body)
                var problems: [String] = []
                var change = UserChange(email: input.email, active: input.active)
                if input.role != nil || input.node != nil {
                    switch UserInput.role(
                        input.role ?? user.role.rawValue, node: input.node, tree: UserInput.tree(data))
                    {
                    case .success(let (r, node)): (change.role, change.node) = (r, node)
                    case .failure(let p): problems.append(p.text)
                    }
                }
                if let email = input.email, let p = UserInput.emailProblem(email) { problems.append(p) }
                if let password = input.password, let p = UserInput.passwordProblem(password) { problems.append(p) }
                if input.active == false && name == s.user.name {
                    problems.append("Du kan inte inaktivera dig själv.")
                }
                guard problems.isEmpty else {
                    return WebApp.apiError(.unprocessableContent, problems.joined(separator: " "))
                }
                if let password = input.password { change.passwordHash = try await app.hashPassword(password) }
                try await app.store.changeUser(name, change, by: s.user.name)
                guard let changed = try await app.store.user(named: name) else {
                    return WebApp.apiError(.notFound, "no such user")
                }
                return WebApp.json(userJSON(changed))
            }
        }
    }
}
