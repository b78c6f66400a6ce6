import Foundation
import Testing

@testable import Intake

@Test func foldersAreReadRecursivelyInStableOrder() {
    let folder = TemporaryFolder()
    folder.write("b.txt", "B.")
    folder.write("a/z.txt", "AZ.")
    folder.write("a/m/inner.txt", "AMI.")
    folder.write("a-side.txt", "Aside.")
    folder.write(".hidden.txt", "Hidden.")
    folder.write(".git/objects.txt", "Hidden folder.")
    folder.write("c.jsonl", "{\"text\": \"C1.\"}\n{\"text\": \"C2.\"}\n")
    let first = load(folder.path).articles.map(\.body)
    #expect(first == ["AMI.", "AZ.", "Aside.", "B.", "C1.", "C2."])
    // The order does not depend on anything but the names.
    #expect(load(folder.path + "/").articles.map(\.body) == first)
    // Paths given one by one keep the order given.
    #expect(load([folder.path + "/b.txt", folder.path + "/a"]).articles.map(\.body) == ["B.", "AMI.", "AZ."])
}

@Test func symbolicLinkLoopsDoNotHang() throws {
    let folder = TemporaryFolder()
    folder.write("news/one.txt", "One.")
    folder.write("news/deeper/two.txt", "Two.")
    let fm = FileManager.default
    try fm.createSymbolicLink(atPath: folder.path + "/news/deeper/up", withDestinationPath: "..")
    try fm.createSymbolicLink(atPath: folder.path + "/news/self", withDestinationPath: folder.path + "/news")
    try fm.createSymbolicLink(atPath: folder.path + "/news/tangle", withDestinationPath: "tangle")
    try fm.createSymbolicLink(atPath: folder.path + "/news/dangling.txt", withDestinationPath: "gone.txt")
    try fm.createSymbolicLink(atPath: folder.path + "/news/alias.txt", withDestinationPath: "one.txt")
    let delivered = load(folder.path + "/news")
    // alias.txt (a link to a file) is read; "up" and "self" lead to folders already entered.
    #expect(delivered.articles.map(\.body) == ["One.", "Two.", "One."])
    #expect(
        delivered.failures == [
            "\(folder.path)/news/dangling.txt: broken symbolic link (its target does not exist)",
            "\(folder.path)/news/tangle: symbolic link loop, skipped",
        ])
}

@Test func specialFilesInFoldersAreNotOpened() throws {
    let folder = TemporaryFolder()
    folder.write("a.txt", "A.")
    let fifo = folder.path + "/pipe"
    #expect(mkfifo(fifo, 0o644) == 0)
    let delivered = load(folder.path)
    #expect(delivered.articles.map(\.body) == ["A."])
    #expect(delivered.failures == ["\(fifo): not a regular file, skipped"])
}

@Test(.enabled(if: permissionsAreEnforced, "running as root, which lists any folder"))
func unlistableFolder() {
    let folder = TemporaryFolder()
    folder.write("locked/a.txt", "A.")
    chmod(folder.path + "/locked", 0)
    #expect(load(folder.path).failures == ["\(folder.path)/locked: cannot list folder: Permission denied"])
}
