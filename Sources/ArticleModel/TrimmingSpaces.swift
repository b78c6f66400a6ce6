extension String {
    /// The string without leading and trailing whitespace (Unicode's definition), for the
    /// modules of this package without Foundation's `trimmingCharacters`.
    package func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
