import SQLite
import Store

/// How query results are printed: `table` for a terminal, `json` and `csv` for programs.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, csv

    public func render(_ result: QueryResult) -> String {
        switch self {
        case .table: return TableOutput.render(result)
        case .json: return JSONOutput.render(result)
        case .csv: return CSVOutput.render(result)
        }
    }
}
