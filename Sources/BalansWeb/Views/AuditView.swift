import BalansStore

/// The audit log (`Templates.audit`) in Swedish: actions as words, times in Swedish local time, amounts as kronor;
/// the filter form holding the filter shown.
struct AuditView: PageView, MustacheView {
    static let template = "audit"
    var action = Page.audit().url
    var caption: String
    var entries: [Entry]
    var users, actions: [Choice]
    var from, to: String
    var error: String?

    struct Entry: MustacheView {
        var at, user, action, entity, oldValue, newValue: String
    }

    struct Choice: MustacheView {
        var value, label: String
        var selected: Bool
    }

    init(
        _ entries: [AuditEntry], filter: Page.AuditFilter, users: [String], actions: [String], limit: Int,
        error: String?
    ) {
        self.entries = entries.map {
            Entry(
                at: HTML.localTime($0.at), user: $0.user, action: Labels.auditAction[$0.action] ?? $0.action,
                entity: $0.entity, oldValue: HTML.auditValue($0.oldValue, action: $0.action),
                newValue: HTML.auditValue($0.newValue, action: $0.action))
        }
        let filtered = [filter.user, filter.action, filter.from, filter.to].contains { $0 != nil }
        caption =
            (filtered ? "Händelser som matchar filtret" : "Senaste händelserna")
            + (entries.count == limit ? " (de \(limit) senaste)" : "")
        self.users = users.map { Choice(value: $0, label: $0, selected: $0 == filter.user) }
        self.actions = actions.map {
            Choice(value: $0, label: Labels.auditAction[$0] ?? $0, selected: $0 == filter.action)
        }.sorted { $0.label < $1.label }
        from = filter.from ?? ""
        to = filter.to ?? ""
        self.error = error
    }
}
