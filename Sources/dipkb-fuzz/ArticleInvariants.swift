import Extraction
import Intake

/// What must hold for any input whatsoever: reading never crashes, and every span the extractor
/// reports lies inside the body, is not reversed, and points into a sentence that exists, with the
/// sentences in order and not overlapping. A violation traps, which libFuzzer records as a crash.
enum ArticleInvariants {
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
        let article = PlainText.parse(String(decoding: bytes, as: UTF8.self))
        let facts = Extractor().extract(article)
        let length = article.body.unicodeScalars.count

        var previousEnd = 0
        for (i, s) in facts.sentences.enumerated() {
            require(s.index == i, "sentence \(i) has index \(s.index)")
            require(
                s.start >= previousEnd && s.start <= s.end && s.end <= length,
                "sentence \(i) spans \(s.start)..<\(s.end) after \(previousEnd), body has \(length) scalars")
            previousEnd = s.end
        }
        func inside(_ e: Evidence, _ what: String) {
            require(e.sentence >= 0 && e.sentence < facts.sentences.count, "\(what): sentence \(e.sentence) of \(facts.sentences.count)")
            require(e.start >= 0 && e.start <= e.end && e.end <= length, "\(what): span \(e.start)..<\(e.end), body has \(length) scalars")
            let s = facts.sentences[e.sentence]
            require(e.start >= s.start && e.end <= s.end, "\(what): span \(e.start)..<\(e.end) outside its sentence \(s.start)..<\(s.end)")
        }
        for p in facts.people { for m in p.mentions { inside(m, "person \(p.name)") } }
        for c in facts.countries { for m in c.mentions { inside(m, "country \(c.code)") } }
        for m in facts.meetings {
            require(!m.evidence.isEmpty, "meeting \(m.participants) without evidence")
            require(m.participants.count >= 2, "meeting with \(m.participants.count) participants")
            for e in m.evidence { inside(e, "meeting \(m.participants)") }
        }
        for t in facts.territories {
            require(!t.names.isEmpty, "territory without a name")
            for e in t.evidence { inside(e, "territory \(t.names[0].name)") }
            for c in t.claims { inside(c.evidence, "claim of \(c.country) on \(t.names[0].name)") }
        }
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("invariant violated: \(message())") }
    }
}
