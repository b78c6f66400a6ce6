/// The figures of the evaluation, named and ordered as score.py prints them.
public enum EvalFigure: String, CaseIterable, Sendable {
    case people, countries, meetings, events, territories, claims
    case peopleCountry = "people_country"
    case meetingStatus = "meeting_status"
    case meetingDate = "meeting_date"
    case eventStatus = "event_status"
    case eventDate = "event_date"
    case eventPlace = "event_place"

    /// Figures given as precision, recall and F1.
    public static let detections: [EvalFigure] = [.people, .countries, .meetings, .events, .territories, .claims]
    /// Figures given as an accuracy over the matched facts.
    public static let accuracies: [EvalFigure] = [.peopleCountry, .meetingStatus, .meetingDate, .eventStatus, .eventDate, .eventPlace]
    /// The F1 figures whose mean is the score (score.py leaves events and territories out).
    public static let scored: [EvalFigure] = [.people, .countries, .meetings, .claims]
}
