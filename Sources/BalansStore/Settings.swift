import BalansCore
import Foundation

/// A setting an organisation chooses for itself (`balans organisation set KEY VALUE`).
public enum OrganisationSetting: String, CaseIterable, Sendable {
    /// Fyra ögon: a forecast or change is approved by someone other than the one who submitted
    /// it (issue 13). On unless turned off, e.g. by a municipality with one controller.
    case fourEyes = "four-eyes"

    /// The value when the organisation has not chosen one.
    public var defaultValue: String {
        switch self {
        case .fourEyes: return "on"
        }
    }

    /// The values the setting takes.
    public var allowedValues: [String] {
        switch self {
        case .fourEyes: return ["on", "off"]
        }
    }
}

extension Store {
    /// The organisation's value of `setting`, or its default.
    public func setting(_ setting: OrganisationSetting) throws -> String {
        try db.read { db in try self.setting(db, setting) }
    }

    func setting(_ db: any SQLConnection, _ setting: OrganisationSetting) throws -> String {
        try String.fetchOne(
            db, sql: "SELECT value FROM organisation_setting WHERE organisation = ? AND key = ?",
            arguments: [organisation, setting.rawValue]) ?? setting.defaultValue
    }

    /// Sets `setting`; a value it does not take is refused. The change is in the audit trail.
    public func setSetting(_ setting: OrganisationSetting, to value: String, user: String) throws {
        guard setting.allowedValues.contains(value) else {
            throw InputFailure([
                InputIssue(
                    file: setting.rawValue, line: nil,
                    message: "\"\(value)\" is not one of \(setting.allowedValues.joined(separator: ", "))")
            ])
        }
        try db.write { db in
            let old = try self.setting(db, setting)
            try db.execute(
                sql: """
                    INSERT INTO organisation_setting (organisation, key, value) VALUES (?, ?, ?)
                    ON CONFLICT (organisation, key) DO UPDATE SET value = excluded.value
                    """, arguments: [organisation, setting.rawValue, value])
            if old != value { try audit(db, user: user, action: "setting", entity: setting.rawValue, old: old, new: value) }
        }
    }

    /// Four eyes: refuses approval by the user who submitted (`submittedBy`) while the
    /// organisation's `four-eyes` setting is on.
    func requireFourEyes(_ db: any SQLConnection, submittedBy: String, approver: String) throws {
        guard submittedBy == approver, try setting(db, .fourEyes) == "on" else { return }
        throw WorkflowError(description: "Den som lämnade in kan inte själv godkänna (fyra ögon): en annan controller godkänner.")
    }
}
