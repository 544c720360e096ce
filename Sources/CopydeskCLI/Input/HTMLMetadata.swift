/// What a web page's markup said about its article, reported under `cleaning.html`.
struct HTMLMetadata: Sendable, Encodable {
    var title: String?
    var byline: String?
    var published: String?
}
