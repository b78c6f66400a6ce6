import Foundation

/// Which stored article sources may become links: http and https URLs with a host. Anything
/// else (a file name, `javascript:`, `data:`) is shown as text only.
enum SafeLink {
    static func url(_ source: String) -> String? {
        guard let components = URLComponents(string: source),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty
        else { return nil }
        return source
    }
}
