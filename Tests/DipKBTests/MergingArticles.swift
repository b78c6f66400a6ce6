import DipKB
import Foundation
import Intake
import Store

/// Self-written articles reporting the same meetings, people and territories in different words
/// and spellings, loaded through the real extractor into a fresh store.
enum MergingArticles {
    static let texts: [(file: String, text: String)] = [
        (
            "1-plan.txt",
            """
            Title: Lavrov to meet Kono
            Date: 2019-01-10

            Russian Foreign Minister Sergei Lavrov will meet Japanese Foreign Minister Taro Kono in Moscow on Monday.
            """
        ),
        (
            "2-held.txt",
            """
            Title: Lavrov and Kono hold talks in Moscow
            Date: 2019-01-16

            Russian Foreign Minister Sergey Lavrov held talks with Japanese Foreign Minister Taro Kono in Moscow on Monday. \
            The Kuril Islands, which Japan calls the Northern Territories, are held by Russia and claimed by Japan.
            """
        ),
        (
            "3-kono.txt",
            """
            Title: Kōno meets Lavrov
            Date: 2019-01-15

            Japanese Foreign Minister Tarō Kōno met Russian Foreign Minister Sergei Lavrov in Moscow on Monday. \
            Japan claims the Southern Kurils, which Russia controls.
            """
        ),
        (
            "4-this-week.txt",
            """
            Title: Talks in Moscow
            Date: 2019-01-17

            Taro Kono, Japan's foreign minister, met Russian Foreign Minister Sergei Lavrov in Moscow this week.
            """
        ),
        (
            "5-again.txt",
            """
            Title: Kono and Lavrov meet again
            Date: 2019-05-11

            Japanese Foreign Minister Taro Kono held talks with Russian Foreign Minister Sergei Lavrov in Moscow on Friday.
            """
        ),
        (
            "6-kims.txt",
            """
            Title: Kim and his sister meet the South
            Date: 2018-02-11

            North Korean leader Kim Jong Un met South Korean President Moon Jae-in in Panmunjom on Friday. \
            Kim Yo Jong, a senior North Korean official and the sister of the leader, met South Korean Prime Minister Lee Nak-yon in Seoul on Saturday.
            """
        ),
        (
            "7-zelenskiy.txt",
            """
            Title: Zelenskiy speaks with Biden
            Date: 2021-06-10

            Ukrainian President Volodymyr Zelenskiy spoke by phone with U.S. President Joe Biden on Wednesday.
            """
        ),
        (
            "8-zelenskyy.txt",
            """
            Title: Zelenskyy call
            Date: 2021-06-11

            Ukrainian President Volodymyr Zelenskyy held a phone call with U.S. President Joe Biden on Wednesday.
            """
        ),
    ]

    /// A store holding every article above (in file order), and the folder they were written to.
    static func load() throws -> (Store, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dipkb-merging-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("articles"), withIntermediateDirectories: true)
        for (file, text) in texts {
            try text.write(to: folder.appendingPathComponent("articles/" + file), atomically: true, encoding: .utf8)
        }
        let store = try Store(path: folder.appendingPathComponent("kb.sqlite").path)
        var problems: [String] = []
        let report = Loader(store: store) { problems.append($0) }.load(ArticleFiles(paths: [folder.appendingPathComponent("articles").path]))
        guard report.new == texts.count, problems.isEmpty else {
            throw LoadFailure(message: "\(report.summary); \(problems.joined(separator: "; "))")
        }
        return (store, folder)
    }

    struct LoadFailure: Error { let message: String }
}
