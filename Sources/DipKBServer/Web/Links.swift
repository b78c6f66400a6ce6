/// URLs of pages named by text rather than by id: the text is %-escaped, so a name holding
/// `&` or `#` reaches the page whole.
enum Links {
    static func place(_ name: String) -> String {
        "/place" + QueryString(values: ["name": name]).with("page", nil)
    }
}
