extension Templates {
    /// A page's one message (an error, a refusal, a notice) and, where there is one, the way on.
    static let message = """
        <p{{#cssClass}} class="{{.}}"{{/cssClass}}{{#alert}} role="alert"{{/alert}}>{{text}}</p>\
        {{#link}}<p><a href="{{url}}">{{label}}</a></p>{{/link}}
        """
}
