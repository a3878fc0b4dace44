extension Migration {
    /// v29 (issue 17 item 8): a user's role in an organisation can be deactivated (inaktiverad) by its administrator
    /// and reactivated later — the login, its password and its audit trail stay; a deactivated user cannot log in
    /// here. The audit trail is filtered by user and by action on its page, newest first: an index each.
    static let v29UserActive = Migration(
        name: "v29-user-active",
        sqlite: """
            ALTER TABLE user_role ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
            CREATE INDEX audit_organisation_user ON audit(organisation, user_name, id);
            CREATE INDEX audit_organisation_action ON audit(organisation, action, id);
            """,
        postgres: """
            ALTER TABLE user_role ADD COLUMN active BIGINT NOT NULL DEFAULT 1;
            CREATE INDEX audit_organisation_user ON audit(organisation, user_name, id);
            CREATE INDEX audit_organisation_action ON audit(organisation, action, id);
            """)
}
