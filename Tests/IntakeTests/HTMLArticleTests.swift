import ArticleModel
import Testing

@testable import Intake

private let newsPage = """
    <!DOCTYPE html>
    <html lang="en"><head>
    <meta charset="utf-8">
    <title>Kono meets Lavrov in Moscow &ndash; World News</title>
    <meta property="og:title" content="Kono meets Lavrov">
    <meta property="article:published_time" content="2019-01-14T09:30:00+03:00">
    <link rel="canonical" href="https://example.org/2019/01/kono-lavrov">
    <style>p { color: red; }</style>
    <script>var x = "<p>not text</p>"; if (a < b) {}</script>
    </head>
    <body>
    <header><nav><a href="/">Home</a> | <a href="/world">World</a></nav></header>
    <main>
    <article>
    <header><h1>Kono meets Lavrov</h1></header>
    <p>Japanese Foreign Minister Taro Kono met his Russian counterpart Sergei Lavrov
       in Moscow on Monday.</p>
    <p>They discussed the Kuril&nbsp;Islands, which Japan calls the Northern Territories &mdash; a dispute
    that dates back to 1945.<br>Talks continue.</p>
    <aside>Related: Abe visits Putin</aside>
    <!-- <p>commented out</p> -->
    <form><input name="q"><button>Search</button></form>
    <ul><li>First point</li><li>Second point</li></ul>
    </article>
    <article><p>Teaser</p></article>
    </main>
    <footer>Copyright &copy; 2019</footer>
    <noscript>Enable JavaScript</noscript>
    </body></html>
    """

@Test func htmlArticleBodyTitleDateAndSource() {
    let article = HTMLArticle.parse(newsPage)
    #expect(article.title == "Kono meets Lavrov in Moscow – World News")
    #expect(article.date?.description == "2019-01-14")
    #expect(article.source == "https://example.org/2019/01/kono-lavrov")
    #expect(
        article.body == """
            Kono meets Lavrov

            Japanese Foreign Minister Taro Kono met his Russian counterpart Sergei Lavrov in Moscow on Monday.

            They discussed the Kuril Islands, which Japan calls the Northern Territories — a dispute that dates back to 1945.
            Talks continue.

            First point
            Second point
            """)
}

@Test func htmlLeavesOutPageFurniture() {
    let body = HTMLArticle.parse(newsPage).body
    for junk in ["Home", "Related", "commented out", "Search", "Copyright", "Enable JavaScript", "color: red", "not text", "Teaser"] {
        #expect(!body.contains(junk), "\(junk) leaked into the body")
    }
}

@Test func htmlFallsBackToMainThenBody() {
    let main = HTMLArticle.parse("<html><body><nav>Menu</nav><main><p>In main.</p></main><p>Outside.</p></body></html>")
    #expect(main.body == "In main.")
    let body = HTMLArticle.parse("<html><body><header>Site name</header><div>One.</div><div>Two.</div><footer>f</footer></body></html>")
    #expect(body.body == "One.\n\nTwo.")
    // No body tag at all, and a head that is never closed: text still found, head metadata kept out.
    let bare = HTMLArticle.parse("<html><head><title>T</title><p>Just text &amp; more.")
    #expect(bare.title == "T")
    #expect(bare.body == "Just text & more.")
}

@Test func htmlPrefersTheLargestArticle() {
    let page =
        "<body><article><p>Short teaser.</p></article><article><p>The real story is here and it is long.</p><article><p>Nested comment.</p></article></article></body>"
    #expect(HTMLArticle.parse(page).body == "The real story is here and it is long.\n\nNested comment.")
}

@Test func htmlDateSources() {
    func date(_ head: String) -> String? {
        HTMLArticle.parse("<html><head>\(head)</head><body><p>Text.</p></body></html>").date?.description
    }
    #expect(date(#"<meta name="date" content="2019-01-15">"#) == "2019-01-15")
    #expect(date(#"<meta name="pubdate" content="20190116">"#) == "2019-01-16")
    #expect(date(#"<meta name="publish-date" content="Tue, 15 Jan 2019 10:00:00 GMT">"#) == "2019-01-15")
    #expect(date(#"<meta name="DC.date" content="2019-01-17">"#) == "2019-01-17")
    #expect(date(#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2019-01-18T08:00:00Z"}</script>"#) == "2019-01-18")
    #expect(HTMLArticle.parse(#"<body><p>On <time datetime="2019-01-19">Saturday</time>.</p></body>"#).date?.description == "2019-01-19")
    // article:published_time outranks the others.
    #expect(date(#"<meta name="date" content="2019-02-01"><meta property="article:published_time" content="2019-01-20">"#) == "2019-01-20")
    // An implausible first candidate gives way to a good one.
    #expect(date(#"<meta name="date" content="0001-01-01"><meta name="pubdate" content="2019-01-21">"#) == "2019-01-21")
}

@Test func htmlTitleFallsBackToOpenGraphAndSourceToOgURL() {
    let page = #"<head><meta property="og:title" content="OG &amp; title"><meta property="og:url" content="https://e.org/x"></head><body><p>x</p></body>"#
    let article = HTMLArticle.parse(page)
    #expect(article.title == "OG & title")
    #expect(article.source == "https://e.org/x")
    // An SVG icon's <title> is not the page title.
    #expect(HTMLArticle.parse("<body><svg><title>icon</title></svg><p>x</p></body>").title == nil)
}

@Test func htmlEntities() {
    let article = HTMLArticle.parse(
        "<p>&eacute;t&eacute; &rsquo;s &#8212; &#x2014; &#233; &amp &lt;b&gt; &AElig; &Omega;&omega; &euro;5 &#150; &bogus; & alone &#0; &#x110000;</p>")
    #expect(article.body == "été ’s — — é & <b> Æ Ωω €5 – &bogus; & alone \u{FFFD} \u{FFFD}")
    #expect(HTMLEntities.named.count > 200)
    #expect(HTMLEntities.named["yuml"] == "\u{FF}")
    #expect(HTMLEntities.named["nbsp"] == "\u{A0}")
}

@Test func htmlPreformattedKeepsLines() {
    let body = HTMLArticle.parse("<body><p>Before</p><pre>line 1\n  line 2</pre><p>After</p></body>").body
    #expect(body == "Before\n\nline 1\n  line 2\n\nAfter")
}

@Test func htmlTolerantTokenizing() {
    // Unclosed quotes, lone angle brackets, bogus tags, uppercase names, unterminated comment.
    #expect(HTMLArticle.parse("<P CLASS=x>a < b and c > d</P><P>e</p>").body == "a < b and c > d\n\ne")
    #expect(HTMLArticle.parse("<p title='unclosed>Text</p>").body == "Text")
    #expect(HTMLArticle.parse("<p>x</p><!-- never closed <p>y</p>").body == "x")
    #expect(HTMLArticle.parse("<p>x<script>document.write('</p>')").body == "x")
    #expect(HTMLArticle.parse("<?xml version='1.0'?><p>ok</p></ >").body == "ok")
    #expect(HTMLArticle.parse("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>").body == "a b\nc")
}
