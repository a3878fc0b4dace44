import BalansCore
import Foundation

/// A setting an organisation chooses for itself (`balans organisation set KEY VALUE`).
public enum OrganisationSetting: String, CaseIterable, Sendable {
    /// Fyra ögon: a forecast or change is approved by someone other than the one who submitted
    /// it (issue 13). On unless turned off, e.g. by a municipality with one controller.
    case fourEyes = "four-eyes"
    /// Större budgetavvikelser: the smallest forecast deviation, in kronor, for which a budget
    /// line is listed on its own (`OrganisationPolicy.largerDeviationThreshold`).
    case largerDeviationThreshold = "larger-deviation-threshold"

    /// The value when the organisation has not chosen one.
    public var defaultValue: String {
        switch self {
        case .fourEyes: return "on"
        case .largerDeviationThreshold: return "20000000"
        }
    }

    /// Why `value` is not one the setting takes, or nil when it is.
    public func problem(with value: String) -> String? {
        switch self {
        case .fourEyes: return ["on", "off"].contains(value) ? nil : "\"\(value)\" is not one of on, off"
        case .largerDeviationThreshold:
            guard let m = Money.parse(value), m >= .zero else {
                return "\"\(value)\" is not a non-negative amount in kronor"
            }
            return nil
        }
    }
}

extension Store {
    /// The organisation's value of `setting`, or its default.
    public func setting(_ setting: OrganisationSetting) throws -> String {
        try db.read { db in try self.setting(db, setting) }
    }

    func setting(_ db: any SQLConnection, _ setting: OrganisationSetting) throws -> String {
        try scoped(db).value(String.self, "value", from: "organisation_setting", where: "key = ?", [setting.rawValue])
            ?? setting.defaultValue
    }

    /// Sets `setting`; a value it does not take is refused. The change is in the audit trail.
    public func setSetting(_ setting: OrganisationSetting, to value: String, user: String) throws {
        if let problem = setting.problem(with: value) {
            throw InputFailure([InputIssue(file: setting.rawValue, line: nil, message: problem)])
        }
        try db.write { db in
            let old = try self.setting(db, setting)
            try scoped(db).insert(
                into: "organisation_setting", ["key", "value"], [setting.rawValue, value],
                then: "ON CONFLICT (organisation, key) DO UPDATE SET value = excluded.value")
            if old != value {
                try audit(db, user: user, action: "setting", entity: setting.rawValue, old: old, new: value)
            }
        }
    }

    /// The policy values of the organisation, read inside the snapshot `followUpData` reads.
    func policy(_ db: any SQLConnection) throws -> OrganisationPolicy {
        let threshold = try setting(db, .largerDeviationThreshold)
        // Validated when set; a value that no longer parses falls back to the default.
        return OrganisationPolicy(
            largerDeviationThreshold: Money.parse(threshold) ?? OrganisationPolicy().largerDeviationThreshold)
    }

    /// Four eyes: refuses approval by the user who submitted (`submittedBy`) while the
    /// organisation's `four-eyes` setting is on.
    func requireFourEyes(_ db: any SQLConnection, submittedBy: String, approver: String) throws {
        guard submittedBy == approver, try setting(db, .fourEyes) == "on" else { return }
        throw WorkflowError(
            description: "Den som lämnade in kan inte själv godkänna (fyra ögon): en annan controller godkänner.")
    }
}
