/// Which slice of a long list a page shows, and the links to the slices around it. Lists that
/// can run to thousands of rows (a person's meetings, a query's result) are shown a page at a time.
struct Pagination: Encodable, Sendable, Equatable {
    /// Rows per page: enough to scroll through, few enough that a page renders at once.
    static let pageSize = 50

    /// 1-based.
    var page: Int
    var pageSize: Int
    var total: Int
    var pages: Int
    var previous: String?
    var next: String?
    /// "rows 51 to 100 of 2,345", for the page.
    var shown: String

    var offset: Int { (page - 1) * pageSize }
    var window: Range<Int> { offset..<(offset + pageSize) }

    /// `link` makes the URL of another page number.
    init(page: Int, total: Int, pageSize: Int = Pagination.pageSize, link: (Int) -> String) {
        self.page = page
        self.pageSize = pageSize
        self.total = total
        pages = max(1, (total + pageSize - 1) / pageSize)
        previous = page > 1 ? link(min(page - 1, pages)) : nil
        next = page < pages ? link(page + 1) : nil
        let first = (page - 1) * pageSize + 1
        let last = min(total, page * pageSize)
        shown = total == 0 ? "none" : first > total ? "none on page \(page) of \(pages)" : "\(first) to \(last) of \(total)"
    }

}
