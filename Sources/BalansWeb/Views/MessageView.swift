/// A page's one message (`Templates.message`): what happened, and where to go from there.
struct MessageView: PageView, MustacheView {
    static let template = "message"
    var text: String
    /// "error" for what went wrong; nil for a plain paragraph.
    var cssClass: String?
    /// Read out at once by a screen reader (`role="alert"`).
    var alert: Bool
    var link: Link?

    struct Link: MustacheView { var url, label: String }

    init(_ text: String, cssClass: String? = nil, alert: Bool = false, link: (Page, String)? = nil) {
        self.text = text
        self.cssClass = cssClass
        self.alert = alert
        self.link = link.map { Link(url: $0.0.url, label: $0.1) }
    }

    /// An error, read out at once, with the way on.
    static func error(_ text: String, back: (Page, String)? = nil) -> MessageView {
        MessageView(text, cssClass: "error", alert: true, link: back)
    }
}
