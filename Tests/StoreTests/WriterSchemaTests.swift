import Extraction
import Foundation
import SQLite
import Testing

@testable import Store

// The writer's connection skips the CHECK constraints that list a column's values (FactWriter
// says why): these tests hold those lists and the Swift enums the writer takes its values from
// together, and show that what a load writes passes every constraint of schema.sql.

/// The quoted values of `column IN (...)` in schema.sql.
private func checkList(_ column: String) throws -> Set<String> {
    let schema = try #require(Embedded.files["schema.sql"])
    let start = try #require(schema.range(of: "\(column) IN ("))
    let end = try #require(schema[start.upperBound...].firstIndex(of: ")"))
    return Set(
        schema[start.upperBound..<end].split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        })
}

@Test func everyValueTheWriterStoresIsInItsColumnsCheckList() throws {
    // Each switch is exhaustive: a new case does not compile until it is listed here.
    let statuses: [MeetingStatus] = [.held, .planned]
    for s in statuses {
        switch s {
        case .held, .planned: break
        }
    }
    let modes: [MeetingMode] = [.inPerson, .call]
    for m in modes {
        switch m {
        case .inPerson, .call: break
        }
    }
    let precisions: [DatePrecision] = [.day, .unresolved, .none]
    for p in precisions {
        switch p {
        case .day, .unresolved, .none: break
        }
    }
    let kinds: [ClaimKind] = [.claims, .holds]
    for k in kinds {
        switch k {
        case .claims, .holds: break
        }
    }

    #expect(Set(statuses.map(\.rawValue)).isSubset(of: try checkList("status")))
    #expect(Set(modes.map(\.rawValue)).isSubset(of: try checkList("mode")))
    #expect(Set(precisions.map(\.rawValue)).isSubset(of: try checkList("date_precision")))
    #expect(Set(kinds.map(\.rawValue)).isSubset(of: try checkList("kind")))
    #expect(try checkList("entity_kind") == ["person", "country", "territory"])
}

@Test func whatTheWriterStoresPassesEveryCheckOfTheSchema() throws {
    let path = temporaryDatabase()
    do {
        let store = try Store(path: path)
        let (article, facts) = kurilArticle()
        _ = try store.add(article: article, facts: facts)
        let undated = kurilArticle(date: nil)
        var other = undated.0
        other.body += " Again."
        _ = try store.add(article: other, facts: undated.1)
    }
    // integrity_check reads every row against the CHECK constraints (quick_check does not).
    let checking = try Database(path: path)
    #expect(try checking.prepare("PRAGMA integrity_check").scalar() == .text("ok"))
    // It finds a row that breaks one: the check above can fail.
    try checking.execute(
        """
        PRAGMA ignore_check_constraints = ON; UPDATE mentions SET entity_kind = 'place' WHERE id = 1;
        PRAGMA ignore_check_constraints = OFF;
        """)
    #expect(try checking.prepare("PRAGMA integrity_check").scalar() != .text("ok"))
}
