import DipKB
import Foundation
import Hummingbird

/// The pages of the web view and the URLs they answer. Every page has a JSON twin at the same
/// URL with `.json` (or with `Accept: application/json`). Only GET is answered.
struct Routes: Sendable {
    let reader: KnowledgeBaseReader
    let renderer: PageRenderer

    func router() -> Router<BasicRequestContext> {
        // HEAD answered as GET without the body, as browsers and link checkers expect.
        let router = Router(options: .autoGenerateHeadEndpoints)
        router.add(middleware: ErrorPages(renderer: renderer))
        router.add(middleware: OnlyReading())
        for path in ["/", "/index.json"] { router.get(RouterPath(path)) { request, _ in try await home(request) } }
        for path in ["/search", "/search.json"] { router.get(RouterPath(path)) { request, _ in try await search(request) } }
        for path in ["/place", "/place.json"] { router.get(RouterPath(path)) { request, _ in try await place(request) } }
        for path in ["/graph", "/graph.json"] { router.get(RouterPath(path)) { request, _ in try await graph(request) } }
        router.get("/graph.svg") { request, _ in try await picture(request) }
        for path in ["/timeline", "/timeline.json"] { router.get(RouterPath(path)) { request, _ in try await timeline(request) } }
        for path in ["/query", "/query.json"] { router.get(RouterPath(path)) { request, _ in try await queries(request) } }
        router.get("/query/:name") { request, context in try await query(request, name: context.parameters.require("name")) }
        router.get("/person/:id") { request, context in try await person(request, id: context.parameters.require("id")) }
        router.get("/meeting/:id") { request, context in try await meeting(request, id: context.parameters.require("id")) }
        router.get("/territory/:id") { request, context in try await territory(request, id: context.parameters.require("id")) }
        router.get("/country/:code") { request, context in try await country(request, code: context.parameters.require("code")) }
        router.get("/assets/:name") { _, context in try Assets.response(for: context.parameters.require("name")) }
        return router
    }

    func home(_ request: Request) async throws -> Response {
        let page = try PageRequest(request)
        let model = try await reader.read { try HomePage(database: $0) }
        return try renderer.respond(model, template: "home", title: "Knowledge base", wantsJSON: page.wantsJSON, json: page.jsonLink)
    }

    func search(_ request: Request) async throws -> Response {
        let page = try PageRequest(request)
        guard let text = page.query.nonEmpty("q") else {
            throw HTTPError(.badRequest, message: "Type part of a name to search for (search?q=TEXT).")
        }
        let model = try await reader.read { try SearchPage(text: text, database: $0) }
        return try renderer.respond(model, template: "search", title: "Search: \(text)", wantsJSON: page.wantsJSON, json: page.jsonLink)
    }

    func place(_ request: Request) async throws -> Response {
        let page = try PageRequest(request)
        guard let name = page.query.nonEmpty("name") else {
            throw HTTPError(.badRequest, message: "Name the place (place?name=PLACE).")
        }
        let number = try page.pageNumber()
        let model = try await reader.read { try PlacePage(place: name, page: number, link: { page.link("page", $0) }, database: $0) }
        return try renderer.respond(model, template: "place", title: "Meetings in \(name)", wantsJSON: page.wantsJSON, json: page.jsonLink)
    }

    func person(_ request: Request, id text: String) async throws -> Response {
        let page = try PageRequest(request)
        let id = try PageRequest.id(text, of: "person")
        let number = try page.pageNumber()
        guard let model = try await reader.read({ try PersonPage(id: id, page: number, link: { page.link("page", $0) }, database: $0) }) else {
            throw HTTPError(.notFound, message: "There is no person \(id) in the knowledge base.")
        }
        return try renderer.respond(model, template: "person", title: model.person.name, wantsJSON: page.wantsJSON, json: page.jsonLink)
    }

    func meeting(_ request: Request, id text: String) async throws -> Response {
        let page = try PageRequest(request)
        let id = try PageRequest.id(text, of: "meeting")
        guard let model = try await reader.read({ try MeetingPage(id: id, database: $0) }) else {
            throw HTTPError(.notFound, message: "There is no meeting \(id) in the knowledge base.")
        }
        let names = model.meeting.participants.map(\.name).joined(separator: ", ")
        return try renderer.respond(model, template: "meeting", title: "Meeting: \(names)", wantsJSON: page.wantsJSON, json: page.jsonLink)
    }

    func territory(_ request: Request, id text: String) async throws -> Response {
        let page = try PageRequest(request)
        let id = try PageRequest.id(text, of: "territory")
        let claims = try page.pageNumber("claims_page")
        let articles = try page.pageNumber("articles_page")
        guard
            let model = try await reader.read({
                try TerritoryPage(
                    id: id, claimsPage: claims, articlesPage: articles,
                    link: { list, number in page.link(list + "_page", number) }, database: $0)
            })
        else {
            throw HTTPError(.notFound, message: "There is no territory \(id) in the knowledge base.")
        }
        return try renderer.respond(model, template: "territory", title: model.name, wantsJSON: page.wantsJSON, json: page.jsonLink)
    }

    /// Country codes are ISO alpha-3 or an international body's short code ("UN", "EU").
    static let longestCountryCode = 8

    func country(_ request: Request, code text: String) async throws -> Response {
        let page = try PageRequest(request)
        let code = PageRequest.stripped(text).uppercased()
        guard (1...Self.longestCountryCode).contains(code.count), code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw HTTPError(.badRequest, message: "\"\(code)\" is not a country code (ISO alpha-3, such as JPN)")
        }
        let people = try page.pageNumber("people_page")
        let meetings = try page.pageNumber("meetings_page")
        guard
            let model = try await reader.read({
                try CountryPage(
                    code: code, peoplePage: people, meetingsPage: meetings,
                    link: { list, number in page.link(list + "_page", number) }, database: $0)
            })
        else {
            throw HTTPError(.notFound, message: "There is no country \(code) in the knowledge base.")
        }
        return try renderer.respond(model, template: "country", title: model.name ?? model.code, wantsJSON: page.wantsJSON, json: page.jsonLink)
    }

    func graphFilter(_ page: PageRequest) throws -> MeetingGraph.Filter {
        MeetingGraph.Filter(
            person: page.query.nonEmpty("person"), country: page.query.nonEmpty("country"),
            from: try DayParameter.validated(page.query.nonEmpty("from"), name: "from"),
            to: try DayParameter.validated(page.query.nonEmpty("to"), name: "to"))
    }

    /// The filter as a query string, for the picture's URL.
    static func query(of filter: MeetingGraph.Filter) -> String {
        var values: [String: String] = [:]
        values["person"] = filter.person
        values["country"] = filter.country
        values["from"] = filter.from
        values["to"] = filter.to
        return QueryString(values: values).with("page", nil)
    }

    func graph(_ request: Request) async throws -> Response {
        let page = try PageRequest(request)
        let filter = try graphFilter(page)
        let number = try page.pageNumber()
        let graph = try await reader.read { try MeetingGraph(store: $0.store, filter: filter) }
        let model = GraphPage(
            filter: filter, graph: graph, pictureQuery: Self.query(of: filter),
            graphvizInstalled: Graphviz.executable() != nil, page: number, link: { page.link("page", $0) })
        return try renderer.respond(model, template: "graph", title: "Who met whom", wantsJSON: page.wantsJSON, json: page.jsonLink)
    }

    func picture(_ request: Request) async throws -> Response {
        let page = try PageRequest(request)
        let filter = try graphFilter(page)
        let graph = try await reader.read { try MeetingGraph(store: $0.store, filter: filter) }
        let svg: Data
        do {
            // dot runs outside the reader, so other pages answer while it draws.
            svg = try Graphviz.render(graph.dot(), as: .svg)
        } catch Graphviz.Failure.notInstalled {
            throw HTTPError(.serviceUnavailable, message: GraphPage.installAdvice)
        }
        return PageRenderer.response(String(decoding: svg, as: UTF8.self), contentType: "image/svg+xml")
    }

    func timeline(_ request: Request) async throws -> Response {
        let page = try PageRequest(request)
        let country = page.query.nonEmpty("country")
        let person = page.query.nonEmpty("person")
        let number = try page.pageNumber()
        let model = try await reader.read {
            try TimelinePage(country: country, person: person, page: number, link: { page.link("page", $0) }, database: $0)
        }
        return try renderer.respond(model, template: "timeline", title: "Timeline", wantsJSON: page.wantsJSON, json: page.jsonLink)
    }

    func queries(_ request: Request) async throws -> Response {
        let page = try PageRequest(request)
        let model = try await reader.read { QueryListPage(queries: $0.named.queries) }
        return try renderer.respond(model, template: "queries", title: "Named queries", wantsJSON: page.wantsJSON, json: page.jsonLink)
    }

    func query(_ request: Request, name text: String) async throws -> Response {
        let page = try PageRequest(request)
        let name = PageRequest.stripped(text)
        let number = try page.pageNumber()
        // Every parameter but the page number goes to the query; an empty form field is left out.
        var given: [String: String] = [:]
        for key in page.query.names where key != "page" { given[key] = page.query.nonEmpty(key) }
        let values = given
        let model = try await reader.read { database in
            try QueryPage(
                query: try database.named.query(named: name), values: values, page: number,
                link: { page.link("page", $0) }, database: database)
        }
        return try renderer.respond(model, template: "query", title: "Query: \(name)", wantsJSON: page.wantsJSON, json: page.jsonLink)
    }
}
