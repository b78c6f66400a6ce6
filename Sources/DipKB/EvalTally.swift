/// Counts for one figure of the evaluation, summed over articles: true positives, what the
/// system gave, what the gold has (for an accuracy, the right ones and the ones judged).
public struct EvalTally: Equatable, Sendable {
    public var truePositives = 0
    public var system = 0
    public var gold = 0

    public init(truePositives: Int = 0, system: Int = 0, gold: Int = 0) {
        self.truePositives = truePositives
        self.system = system
        self.gold = gold
    }

    mutating func add(_ tp: Int, _ system: Int, _ gold: Int) {
        truePositives += tp
        self.system += system
        self.gold += gold
    }

    /// Precision, recall and F1 as score.py's prf() gives them: nothing given and nothing to
    /// find is perfect; nothing given with something to find is zero.
    public var precision: Double {
        system > 0 ? Double(truePositives) / Double(system) : (gold == 0 ? 1 : 0)
    }

    public var recall: Double {
        gold > 0 ? Double(truePositives) / Double(gold) : (system == 0 ? 1 : 0)
    }

    public var f1: Double {
        let p = precision
        let r = recall
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    /// For the accuracy figures: right over judged, 1 when nothing was judged.
    public var accuracy: Double {
        gold > 0 ? Double(truePositives) / Double(gold) : 1
    }
}
