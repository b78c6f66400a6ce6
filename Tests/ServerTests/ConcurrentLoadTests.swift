import Foundation
import Testing

/// The server reads the database while `dipkb load` writes to it (WAL): every request is
/// answered, and what the load commits shows up.
@Suite struct ConcurrentLoadTests {
    @Test func pagesAreAnsweredWhileALoadWritesAndShowWhatItCommitted() async throws {
        try await withServer { served in
            let more = PaginationTests.calls
            let folder = served.folder.appendingPathComponent("more")
            let database = served.database
            let load = Task.detached { try ServedKnowledgeBase.load(more, into: database, folder: folder) }
            for _ in 0..<5 {
                let page = try await served.get("/index.json")
                #expect(page.status == 200)
            }
            try await load.value
            let home = try await served.get("/index.json").json()
            #expect((home["counts"] as? [String: Any])?["articles"] as? Int == 3 + more.count)
        }
    }
}
