import Foundation
import GazetteContent
import GazetteTemplates

extension SiteRenderer {
    /// Home pages, topic pages and index, archive and 404.
    func renderLists(into sink: some PageSink) throws -> Counts {
        var counts = Counts()
        let language = config.language
        let byTopic = enriched.articlesByTopic

        // Home: newest first, the first entry of page 1 shown as the lead story.
        let homePages = paginate(Array(articles.indices))
        for (number, entries) in homePages.enumerated() {
            let pageNumber = number + 1
            let path = context.urls.page(pageNumber, of: SiteURLs.home)
            var page = PageContext.Page(
                title: pageNumber == 1
                    ? config.title
                    : context.title(Strings.pageLabel(pageNumber, of: homePages.count, language: language)),
                description: config.description, path: path, kind: "home", language: language)
            page.isFirstPage = pageNumber == 1
            page.feed = SiteURLs.feed
            var list = listValues(
                title: config.title, description: config.description, entries: entries, page: pageNumber,
                total: homePages.count, path: SiteURLs.home)
            if pageNumber == 1, let first = entries.first {
                list["lead"] = context.item(articles[first], topics: enriched.topics[first])
                let rest = Array(entries.dropFirst())
                list["items"] = rest.map { context.item(articles[$0], topics: enriched.topics[$0]) }
                list["hasItems"] = !rest.isEmpty
            }
            try write(pageNumber == 1 ? "home" : "list", page, ["list": list], into: sink)
            counts.pages += 1
        }

        // Topics: one paginated list per used topic, and the index by article count.
        let used = site.vocabulary.topics.filter { byTopic[$0.id] != nil }
        for topic in used {
            let entries = byTopic[topic.id] ?? []
            let pages = paginate(entries)
            for (number, chunk) in pages.enumerated() {
                let path = context.urls.page(number + 1, of: SiteURLs.topic(topic.id))
                var page = PageContext.Page(
                    title: context.title(
                        number == 0
                            ? topic.name
                            : "\(topic.name) · \(Strings.pageLabel(number + 1, of: pages.count, language: language))"),
                    description: topic.description ?? topic.name, path: path, kind: "list", language: language)
                page.isFirstPage = number == 0
                page.feed = SiteURLs.topicFeed(topic.id)
                var list = listValues(
                    title: topic.name, description: topic.description, entries: chunk, page: number + 1,
                    total: pages.count,
                    path: SiteURLs.topic(topic.id))
                list["feedURL"] = context.urls.link(SiteURLs.topicFeed(topic.id))
                try write("list", page, ["list": list], into: sink)
                counts.pages += 1
            }
        }
        let ranked = used.sorted { (byTopic[$0.id]?.count ?? 0, $1.id) > (byTopic[$1.id]?.count ?? 0, $0.id) }
        let topicIndex = PageContext.Page(
            title: context.title(Strings.table(for: language)["topics"] ?? "Topics"), description: config.description,
            path: SiteURLs.topics, kind: "topics", language: language)
        let topicValues: [[String: Any]] = ranked.map { topic in
            var values: [String: Any] = [
                "name": topic.name, "url": context.urls.link(SiteURLs.topic(topic.id)),
                "count": byTopic[topic.id]?.count ?? 0,
                "countDisplay": Strings.articleCount(byTopic[topic.id]?.count ?? 0, language: language),
            ]
            if let description = topic.description { values["description"] = description }
            return values
        }
        try write("topics", topicIndex, ["topics": topicValues, "hasTopics": !topicValues.isEmpty], into: sink)
        counts.pages += 1

        if config.archive {
            counts.add(try renderArchive(into: sink))
        }

        let notFound = PageContext.Page(
            title: context.title(Strings.table(for: language)["notFoundTitle"] ?? "404"),
            description: config.description,
            path: "/404.html", kind: "notFound", language: language)
        try write("404", notFound, [:], into: sink)
        counts.pages += 1

        counts.files = counts.pages
        return counts
    }

    private func renderArchive(into sink: some PageSink) throws -> Counts {
        var counts = Counts()
        let language = config.language
        var months: [(year: Int, month: Int, entries: [Int])] = []
        for index in articles.indices {
            let (year, month) = context.dates.yearMonth(articles[index].date)
            if let last = months.last, last.year == year, last.month == month {
                months[months.count - 1].entries.append(index)
            } else {
                months.append((year, month, [index]))
            }
        }
        var years: [[String: Any]] = []
        for month in months {
            let label = DateDisplay.isCJKLanguage(language) ? "\(month.year)年" : String(month.year)
            let entry: [String: Any] = [
                "label": context.dates.monthName(month.month, language: language),
                "url": context.urls.link(SiteURLs.month(year: month.year, month: month.month)),
                "count": month.entries.count,
                "countDisplay": Strings.articleCount(month.entries.count, language: language),
            ]
            if let last = years.last, last["year"] as? String == label {
                var monthsOfYear = last["months"] as? [[String: Any]] ?? []
                monthsOfYear.append(entry)
                years[years.count - 1]["months"] = monthsOfYear
            } else {
                years.append(["year": label, "months": [entry]])
            }
            let title =
                DateDisplay.isCJKLanguage(language)
                ? "\(month.year)年\(month.month)月"
                : "\(context.dates.monthName(month.month, language: language)) \(month.year)"
            let pages = paginate(month.entries)
            let path = SiteURLs.month(year: month.year, month: month.month)
            for (number, chunk) in pages.enumerated() {
                var page = PageContext.Page(
                    title: context.title(title), description: config.description,
                    path: context.urls.page(number + 1, of: path),
                    kind: "list", language: language)
                page.isFirstPage = number == 0
                let list = listValues(
                    title: title, description: nil, entries: chunk, page: number + 1, total: pages.count, path: path)
                try write("list", page, ["list": list], into: sink)
                counts.pages += 1
            }
        }
        let archive = PageContext.Page(
            title: context.title(Strings.table(for: language)["archive"] ?? "Archive"), description: config.description,
            path: SiteURLs.archive, kind: "archive", language: language)
        try write("archive", archive, ["archive": ["years": years]], into: sink)
        counts.pages += 1
        return counts
    }

    func listValues(
        title: String, description: String?, entries: [Int], page: Int, total: Int, path: String
    ) -> [String: Any] {
        var list: [String: Any] = [
            "title": title, "items": entries.map { context.item(articles[$0], topics: enriched.topics[$0]) },
            "hasItems": !entries.isEmpty,
            "pager": context.pager(current: page, total: total, path: path, language: config.language),
        ]
        if let description, !description.isEmpty { list["description"] = description }
        return list
    }

    func paginate(_ entries: [Int]) -> [[Int]] {
        guard !entries.isEmpty else { return [[]] }
        return stride(from: 0, to: entries.count, by: config.pageSize).map {
            Array(entries[$0..<min($0 + config.pageSize, entries.count)])
        }
    }
}
