import Foundation

/// One SQLite value, for rows whose shape is only known at run time (named queries, ad hoc SQL).
public enum Value: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)

    public var isNull: Bool { self == .null }

    /// The value as a user reads it; NULL is nil so each output format can show it its own way.
    public var text: String? {
        switch self {
        case .null: return nil
        case .integer(let i): return String(i)
        case .real(let d): return d == d.rounded() && abs(d) < 1e15 ? String(format: "%.1f", d) : String(d)
        case .text(let s): return s
        case .blob(let data): return "x'" + data.map { String(format: "%02x", $0) }.joined() + "'"
        }
    }
}

/// A Swift value that can be bound to a statement parameter.
public protocol Bindable {
    var sqliteValue: Value { get }
}

extension Value: Bindable { public var sqliteValue: Value { self } }
extension Int: Bindable { public var sqliteValue: Value { .integer(Int64(self)) } }
extension Int64: Bindable { public var sqliteValue: Value { .integer(self) } }
extension Int32: Bindable { public var sqliteValue: Value { .integer(Int64(self)) } }
extension Bool: Bindable { public var sqliteValue: Value { .integer(self ? 1 : 0) } }
extension Double: Bindable { public var sqliteValue: Value { .real(self) } }
extension String: Bindable { public var sqliteValue: Value { .text(self) } }
extension Substring: Bindable { public var sqliteValue: Value { .text(String(self)) } }
extension Data: Bindable { public var sqliteValue: Value { .blob(self) } }
extension Optional: Bindable where Wrapped: Bindable {
    public var sqliteValue: Value { self?.sqliteValue ?? .null }
}
