import BalansCore
import BalansStore
import Hummingbird

/// What a user may do. `Policy.allows` is the one place where roles and node scopes are
/// decided: pages, the API and the menu ask it (`Session.may`), and `Require` asks it for a
/// whole route.
enum Permission {
    /// The whole region: its key ratios and audit log, every report kind, vouchers across units.
    case region
    /// The follow-up pages (figures, chapters) rather than only the published reports.
    case followUp
    /// Approving and returning forecasts and changes.
    case approve
    /// Operating the server: its metrics, and the organisation's users (Användare).
    case operate
    /// Reading the figures of a node.
    case read(NodeCode, in: OrgTree)
    /// Entering and submitting the forecast and changes of a node.
    case write(NodeCode, in: OrgTree)
}

enum Policy {
    /// Admin and central controllers: the whole region; a committee controller: the own
    /// subtree, read and write; a reader: nothing but published reports. Approving is the
    /// central controller's (and the admin's); the central controller writes no forecast.
    /// `scope` is the node a committee controller is scoped to.
    static func allows(_ role: Role, scope: NodeCode, _ permission: Permission) -> Bool {
        let region = role == .admin || role == .central
        switch permission {
        case .region, .approve: return region
        case .followUp: return role != .reader
        case .operate: return role == .admin
        case .read(let node, let tree):
            return region || (role == .committee && tree.subtree(scope).contains { $0.code == node })
        case .write(let node, let tree):
            return role == .admin
                || (role == .committee && tree.subtree(scope).contains { $0.code == node })
        }
    }
}

extension Session {
    /// Whether the user may do it (`Policy.allows`).
    func may(_ permission: Permission) -> Bool { Policy.allows(user.role, scope: user.node, permission) }
}

/// A group's routes for logged-in users only: without a session a page answers with the way
/// to the login page, the API with 401.
struct RequireLogin: RouterMiddleware {
    /// The API's answer is JSON.
    var api = false

    func handle(
        _ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response
    ) async throws -> Response {
        guard context.identity != nil else {
            return api ? WebApp.apiError(.unauthorized, "log in first (POST /login)") : WebApp.redirect(.login)
        }
        return try await next(request, context)
    }
}

/// A group's routes for users with a permission that needs no node (`.region`, `.followUp`,
/// `.approve`): 403 with the page that says so otherwise. Behind `RequireLogin`.
struct Require: RouterMiddleware {
    var permission: Permission

    func handle(
        _ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response
    ) async throws -> Response {
        guard let s = context.identity else { return WebApp.redirect(.login) }
        guard s.may(permission) else { return WebApp.forbidden(s) }
        return try await next(request, context)
    }
}
