import ArticleModel
import Foundation
import Testing

@testable import Intake

@Test func emptyAndBlankFiles() {
    let folder = TemporaryFolder()
    let empty = folder.write("empty.txt", "")
    let blank = folder.write("blank.txt", "  \n\t\n")
    let headerOnly = folder.write("header.txt", "Title: Nothing\nDate: 2019-01-15\n\n\n")
    let emptyHTML = folder.write("empty.html", "<html><body><script>x()</script><nav>menu</nav></body></html>")
    let delivered = load([empty, blank, headerOnly, emptyHTML])
    #expect(
        delivered.failures == [
            "\(empty): empty file",
            "\(blank): empty file (only white space)",
            "\(headerOnly): no article text after the header block",
            "\(emptyHTML): no article text found in the HTML page",
        ])
    #expect(delivered.articles.isEmpty)
}

@Test func binaryFilesAreRefused() {
    let folder = TemporaryFolder()
    let png = folder.write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array(repeating: 7, count: 100))
    let controls = folder.write("noise", bytes: (0..<400).map { UInt8(1 + $0 % 8) } + Array("some text".utf8))
    let delivered = load([png, controls])
    #expect(
        delivered.failures == [
            "\(png): binary file (contains NUL bytes), refused",
            "\(controls): binary file (mostly non-text bytes), refused",
        ])
}

@Test func invalidUTF8IsRepairedWithAWarning() {
    let folder = TemporaryFolder()
    let file = folder.write("latin1.txt", bytes: Array("Caf".utf8) + [0xE9] + Array(" in Paris. ".utf8) + [0xFF, 0xFE] + Array(" end".utf8))
    let delivered = load(file)
    #expect(delivered.warnings == ["\(file): invalid UTF-8 at byte 3, decoded with replacement characters"])
    #expect(delivered.articles.map(\.body) == ["Caf\u{FFFD} in Paris. \u{FFFD}\u{FFFD} end"])
    // The warning comes before the article it is about.
    if case .warning = delivered.items.first {} else { Issue.record("warning should come first") }

    // A page that declares Latin-1 is read as such, without a warning.
    let page = folder.write(
        "old.html", bytes: Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf".utf8) + [0xE9, 0x92] + Array("s</p></body></html>".utf8))
    let html = load(page)
    #expect(html.warnings.isEmpty)
    #expect(html.articles.map(\.body) == ["Café’s"])
}

@Test func utf8ByteOrderMarkAndUTF16AreRead() {
    let folder = TemporaryFolder()
    let bom = folder.write("bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("Title: With BOM\n\nBody.".utf8))
    let utf16 = folder.write("wide.txt", bytes: [0xFF, 0xFE] + "Title: Wide\n\nÉtat body.".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    let delivered = load([bom, utf16])
    #expect(delivered.failures.isEmpty)
    #expect(delivered.articles.map(\.title) == ["With BOM", "Wide"])
    #expect(delivered.articles.map(\.body) == ["Body.", "État body."])
}

@Test func oversizedArticlesAreRefusedNamingTheLimit() {
    let folder = TemporaryFolder()
    let text = folder.write("long.txt", String(repeating: "Word. ", count: 500))
    let page = folder.write("long.html", "<p>" + String(repeating: "Word. ", count: 500) + "</p>")
    let fits = folder.write("fits.txt", "Short article.")
    let delivered = load([text, page, fits], options: IntakeOptions(maxArticleBytes: 1000))
    #expect(
        delivered.failures == [
            "\(text): file of 3000 bytes exceeds the article limit of 1000 bytes, refused",
            "\(page): file of 3007 bytes exceeds the article limit of 1000 bytes, refused",
        ])
    #expect(delivered.articles.map(\.body) == ["Short article."])
}

@Test func missingVanishingAndUnreadableFiles() throws {
    let folder = TemporaryFolder()
    folder.write("news/a.txt", "First.")
    folder.write("news/b.txt", "Second.")
    folder.write("news/c.txt", "Third.")
    let missing = folder.path + "/nowhere.txt"

    // b.txt is removed while a.txt is being handled: it was listed, then vanished.
    var items: [IntakeItem] = []
    ArticleFiles(paths: [missing, folder.path + "/news"]).forEach { item in
        items.append(item)
        if case .article(let a, _) = item, a.body == "First." {
            try? FileManager.default.removeItem(atPath: folder.path + "/news/b.txt")
        }
    }
    let delivered = Delivered(items: items)
    #expect(
        delivered.failures == [
            "\(missing): no such file or folder",
            "\(folder.path)/news/b.txt: vanished before it could be read",
        ])
    #expect(delivered.articles.map(\.body) == ["First.", "Third."])
}

// Root reads files whatever their mode, so chmod 000 blocks nothing there; this one case is
// skipped when the tests run as root (as in CI containers).
@Test(.enabled(if: permissionsAreEnforced, "running as root, which reads files whatever their mode"))
func permissionDeniedFile() throws {
    let folder = TemporaryFolder()
    let locked = folder.write("locked.txt", "Secret.")
    chmod(locked, 0)
    #expect(load(locked).failures == ["\(locked): cannot be read: Permission denied"])
}

#if os(Linux)
    @Test func readErrorMidFileIsReported() {
        // Reading /proc/self/mem at offset 0 fails with EIO: a real read error after a successful open.
        let delivered = load("/proc/self/mem")
        #expect(delivered.failures == ["/proc/self/mem: read failed after 0 bytes: Input/output error"])
    }
#endif

@Test func defaultDateAppliesOnlyToUndatedArticles() {
    let folder = TemporaryFolder()
    let dated = folder.write("a.txt", "Date: 2019-01-15\n\nDated.")
    let undated = folder.write("b.txt", "Undated.")
    let rfc = folder.write("c.txt", "Date: Wed, 16 Jan 2019 10:00:00 +0000\n\nRFC dated.")
    let absurd = folder.write("d.txt", "Date: 3019-01-01\n\nFrom the future.")
    let delivered = load([dated, undated, rfc, absurd], options: IntakeOptions(defaultDate: Day(year: 2020, month: 5, day: 1)))
    #expect(delivered.articles.map { $0.date?.description } == ["2019-01-15", "2020-05-01", "2019-01-16", "2020-05-01"])
    #expect(delivered.warnings.count == 1)
    #expect(delivered.warnings.first?.hasPrefix("\(absurd): date \"3019-01-01\" has an implausible year 3019") == true)
}
