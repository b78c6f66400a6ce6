import Foundation
import Hummingbird
import Logging
import Store

/// Turns every failure into a page that says what went wrong: a clear 4xx for a bad request or
/// a missing page (JSON for a JSON request), a 500 with one line for anything else. Never a
/// stack trace, never a blank answer.
struct ErrorPages<Context: RequestContext>: RouterMiddleware {
    let renderer: PageRenderer
    /// Where failures the server did not expect are reported (stderr).
    let logger = Logger(label: "dipkb-serve")

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            return page(status: error.status, message: error.body ?? Self.defaultMessage(error.status, request), request)
        } catch let error as StoreError where Self.status(of: error) != nil {
            return page(status: Self.status(of: error)!, message: error.description, request)
        } catch {
            logger.error("cannot answer \(request.uri.path): \(error)")
            return page(
                status: .internalServerError,
                message: "The server could not answer this request: \(Self.oneLine(String(describing: error)))", request)
        }
    }

    private func page(status: HTTPResponse.Status, message: String, _ request: Request) -> Response {
        let wantsJSON = PageRequest.wantsJSON(request)
        let page = ErrorPage(status: status.code, reason: status.reasonPhrase, message: message)
        if let response = try? renderer.respond(
            page, template: "error", title: "\(status.code) \(status.reasonPhrase)",
            wantsJSON: wantsJSON, status: status)
        {
            return response
        }
        return PageRenderer.response("\(status.code) \(status.reasonPhrase): \(message)\n", contentType: "text/plain; charset=utf-8", status: status)
    }

    static func defaultMessage(_ status: HTTPResponse.Status, _ request: Request) -> String {
        switch status {
        case .notFound: return "There is no page at \(request.uri.path)."
        case .methodNotAllowed: return "This server only reads: \(request.method) is not answered here."
        default: return status.reasonPhrase
        }
    }

    /// The status of a store error that is the request's fault; nil for the others.
    static func status(of error: StoreError) -> HTTPResponse.Status? {
        switch error {
        case .unknownQuery: return .notFound
        case .missingParameter, .unknownParameter: return .badRequest
        default: return nil
        }
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
    }
}
