/// Stage 6 of meeting extraction: one encounter reported in several sentences is one meeting.
struct MeetingMerger: Sendable {
    /// One encounter reported in several sentences is one meeting: same participants, and
    /// no conflicting day or status.
    func merge(_ meetings: [MeetingFact]) -> [MeetingFact] {
        var out: [MeetingFact] = []
        for m in meetings {
            let key = Set(m.participants)
            // Same people, no conflicting day, status or place ("Erdogan last met Putin in Moscow"
            // is not the Sochi meeting of the same article).
            if let i = out.firstIndex(where: { Set($0.participants) == key && $0.status == m.status && ($0.date == nil || m.date == nil || $0.date == m.date)
                && ($0.place == nil || m.place == nil || $0.place == m.place) }) {
                if out[i].date == nil, m.date != nil { out[i].date = m.date; out[i].datePrecision = m.datePrecision }
                if out[i].place == nil { out[i].place = m.place }
                if m.mode == .call { out[i].mode = .call }
                out[i].evidence += m.evidence
            } else {
                out.append(m)
            }
        }
        return out
    }
}
