import Hummingbird

/// The web view only reads: any method but GET and HEAD is refused with 405, whatever the path.
struct OnlyReading<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            var headers = HTTPFields()
            headers[.allow] = "GET, HEAD"
            throw HTTPError(.methodNotAllowed, headers: headers, message: "This server only reads: \(request.method) is not answered here.")
        }
        return try await next(request, context)
    }
}
