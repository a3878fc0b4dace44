import BalansStore

/// The page around every page's body (`Templates.layout`): the title, and for a logged-in
/// user the menu of what the role may open, the name, the role and the logout form.
struct LayoutView: PageView, MustacheView {
    static let template = "layout"

    var title: String
    var user: UserMenu?
    /// The page's own HTML.
    var body: String
    /// The period selector, on a page that shows a report period.
    var periods: PeriodChoice?

    struct UserMenu: MustacheView {
        var links: [Link]
        var name: String
        var role: String
        var logout: String
        var csrf: String
        /// The organisation switcher, for a user with roles in several organisations.
        var organisations: Switcher?
    }

    /// The organisations of the menu (`OrganisationMenu`): a form choosing among those served here, links to
    /// those on hosts of their own.
    struct Switcher: MustacheView {
        var current: String
        var action: String
        var options: [Option]
        var showForm: Bool
        var links: [OrganisationMenu.HostLink]
        var showLinks: Bool

        struct Option: MustacheView {
            var code, name: String
            var selected: Bool
        }

        init(_ menu: OrganisationMenu) {
            current = menu.current.name
            action = Page.organisation.url
            options = menu.choices.map { .init(code: $0.code.rawValue, name: $0.name, selected: $0 == menu.current) }
            showForm = !options.isEmpty
            links = menu.links
            showLinks = !links.isEmpty
        }
    }

    struct Link: MustacheView {
        var url: String
        var label: String
        /// The last link has no space after it.
        var last: Bool
    }

    init(title: String, session: Session?, body: String) {
        self.title = title
        self.body = body
        guard let s = session else { return }
        periods = s.periods
        var links: [(Page, String)] = [(.dashboard(period: nil), "Översikt"), (.reports(period: nil), "Rapporter")]
        if s.may(.followUp) {
            links += [
                (.chapters(.goals, period: nil), "Mål och indikatorer"),
                (.chapters(.activities, period: nil), "Aktiviteter"), (.chapters(.staff, period: nil), "Personal"),
                (.chapters(.investments, period: nil), "Investeringar"),
            ]
        }
        // The menu offers only what its reader may open (the crawler test holds every role to it).
        if s.may(.region) {
            links += [
                (.status(period: nil), "Rapportering"), (.budget(year: nil), "Budget"),
                (.plan(year: nil, version: nil), "Planering"), (.audit(), "Granskningslogg"),
            ]
        }
        if s.may(.operate) { links.append((.users(), "Användare")) }
        links.append((.notices, s.unseen > 0 ? "Aviseringar (\(s.unseen))" : "Aviseringar"))
        links.append((.password(), "Byt lösenord"))
        user = UserMenu(
            links: links.enumerated().map { Link(url: $1.0.url, label: $1.1, last: $0 == links.count - 1) },
            name: s.user.name, role: Labels.role[s.user.role] ?? "", logout: Page.logout.url, csrf: s.csrf,
            organisations: s.switcher.map(Switcher.init))
    }
}
