import Foundation
import GazetteContent
import GazetteMustache
import GazetteTemplates

extension SiteRenderer {
    /// Home pages, topic pages and index, archive and 404.
    func planLists() -> [PlannedPage] {
        var pages: [PlannedPage] = []
        let homePages = paginate(Array(articles.indices))
        for (number, entries) in homePages.enumerated() {
            let path = SiteURLs.outputFile(for: context.urls.page(number + 1, of: SiteURLs.home))
            pages.append(
                PlannedPage(
                    path: path,
                    fingerprint: fingerprint("home", ["\(number)", "\(homePages.count)"], entries: entries),
                    job: .home(page: number + 1, total: homePages.count, entries: entries)))
        }
        for (topicIndex, (topic, entries)) in topicEntries.enumerated() {
            let chunks = paginate(entries)
            for (number, chunk) in chunks.enumerated() {
                let path = SiteURLs.outputFile(for: context.urls.page(number + 1, of: SiteURLs.topic(topic.id)))
                pages.append(
                    PlannedPage(
                        path: path,
                        fingerprint: fingerprint(
                            "topic", [topic.id, topic.name, topic.description ?? "", "\(number)", "\(chunks.count)"],
                            entries: chunk),
                        job: .topic(topicIndex, page: number + 1, total: chunks.count, entries: chunk)))
            }
        }
        let counts = topicEntries.map {
            "\($0.topic.id) \($0.topic.name) \($0.topic.description ?? "") \($0.entries.count)"
        }
        pages.append(
            PlannedPage(
                path: "topics/index.html", fingerprint: fingerprint("topics", counts, entries: []), job: .topicIndex))
        if config.archive {
            let months = archiveMonths()
            for month in months {
                let chunks = paginate(month.entries)
                let monthPath = SiteURLs.month(year: month.year, month: month.month)
                for (number, chunk) in chunks.enumerated() {
                    pages.append(
                        PlannedPage(
                            path: SiteURLs.outputFile(for: context.urls.page(number + 1, of: monthPath)),
                            fingerprint: fingerprint(
                                "month", [monthPath, "\(number)", "\(chunks.count)"], entries: chunk),
                            job: .month(
                                year: month.year, month: month.month, page: number + 1, total: chunks.count,
                                entries: chunk)))
                }
            }
            let summary = months.map { "\($0.year)-\($0.month) \($0.entries.count)" }
            pages.append(
                PlannedPage(
                    path: "archive/index.html", fingerprint: fingerprint("archive", summary, entries: []), job: .archive
                ))
        }
        pages.append(PlannedPage(path: "404.html", fingerprint: fingerprint("404", [], entries: []), job: .notFound))
        return pages
    }

    /// Renders a list-like page: home, topic, month, topic index, archive, 404.
    func renderList(_ planned: PlannedPage) -> [UInt8] {
        let language = config.language
        let strings = Strings.table(for: language)
        switch planned.job {
        case .home(let number, let total, let entries):
            let path = context.urls.page(number, of: SiteURLs.home)
            var page = PageContext.Page(
                title: number == 1
                    ? config.title : context.title(Strings.pageLabel(number, of: total, language: language)),
                description: config.description, path: path, kind: "home", language: language)
            page.isFirstPage = number == 1
            page.feed = SiteURLs.feed
            var list = listValues(
                title: config.title, description: config.description, entries: entries, page: number, total: total,
                path: SiteURLs.home)
            if number == 1, let first = entries.first {
                list["lead"] = item(first)
                let rest = Array(entries.dropFirst())
                list["items"] = .list(rest.map { item($0) })
                list["hasItems"] = .bool(!rest.isEmpty)
            }
            return html(number == 1 ? "home" : "list", page, ["list": .object(list)])
        case .topic(let topicIndex, let number, let total, let entries):
            let topic = topicEntries[topicIndex].topic
            let path = context.urls.page(number, of: SiteURLs.topic(topic.id))
            let title =
                number == 1 ? topic.name : "\(topic.name) · \(Strings.pageLabel(number, of: total, language: language))"
            var page = PageContext.Page(
                title: context.title(title), description: topic.description ?? topic.name, path: path, kind: "list",
                language: language)
            page.isFirstPage = number == 1
            page.feed = SiteURLs.topicFeed(topic.id)
            var list = listValues(
                title: topic.name, description: topic.description, entries: entries, page: number, total: total,
                path: SiteURLs.topic(topic.id))
            list["feedURL"] = .string(context.urls.link(SiteURLs.topicFeed(topic.id)))
            return html("list", page, ["list": .object(list)])
        case .month(let year, let month, let number, let total, let entries):
            let title =
                DateDisplay.isCJKLanguage(language)
                ? "\(year)年\(month)月" : "\(context.dates.monthName(month, language: language)) \(year)"
            let path = SiteURLs.month(year: year, month: month)
            var page = PageContext.Page(
                title: context.title(title), description: config.description, path: context.urls.page(number, of: path),
                kind: "list", language: language)
            page.isFirstPage = number == 1
            let list = listValues(
                title: title, description: nil, entries: entries, page: number, total: total, path: path)
            return html("list", page, ["list": .object(list)])
        case .topicIndex:
            let ranked = topicEntries.sorted { ($0.entries.count, $1.topic.id) > ($1.entries.count, $0.topic.id) }
            let topics: [MustacheValue] = ranked.map { topic, entries in
                var values: [String: MustacheValue] = [
                    "name": .string(topic.name), "url": .string(context.urls.link(SiteURLs.topic(topic.id))),
                    "count": .string(String(entries.count)),
                    "countDisplay": .string(Strings.articleCount(entries.count, language: language)),
                ]
                if let description = topic.description { values["description"] = .string(description) }
                return .object(values)
            }
            let page = PageContext.Page(
                title: context.title(strings["topics"] ?? "Topics"), description: config.description,
                path: SiteURLs.topics,
                kind: "topics", language: language)
            return html("topics", page, ["topics": .list(topics), "hasTopics": .bool(!topics.isEmpty)])
        case .archive:
            let page = PageContext.Page(
                title: context.title(strings["archive"] ?? "Archive"), description: config.description,
                path: SiteURLs.archive, kind: "archive", language: language)
            return html("archive", page, ["archive": ["years": .list(archiveYears())]])
        default:
            let page = PageContext.Page(
                title: context.title(strings["notFoundTitle"] ?? "404"), description: config.description,
                path: "/404.html",
                kind: "notFound", language: language)
            return html("404", page, [:])
        }
    }

    /// Articles by month of publication, newest first.
    func archiveMonths() -> [(year: Int, month: Int, entries: [Int])] {
        var months: [(year: Int, month: Int, entries: [Int])] = []
        for index in articles.indices {
            let (year, month) = context.dates.yearMonth(articles[index].date)
            if let last = months.last, last.year == year, last.month == month {
                months[months.count - 1].entries.append(index)
            } else {
                months.append((year, month, [index]))
            }
        }
        return months
    }

    private func archiveYears() -> [MustacheValue] {
        let language = config.language
        var years: [(label: String, months: [MustacheValue])] = []
        for month in archiveMonths() {
            let label = DateDisplay.isCJKLanguage(language) ? "\(month.year)年" : String(month.year)
            let entry: MustacheValue = [
                "label": .string(context.dates.monthName(month.month, language: language)),
                "url": .string(context.urls.link(SiteURLs.month(year: month.year, month: month.month))),
                "count": .string(String(month.entries.count)),
                "countDisplay": .string(Strings.articleCount(month.entries.count, language: language)),
            ]
            if years.last?.label == label {
                years[years.count - 1].months.append(entry)
            } else {
                years.append((label, [entry]))
            }
        }
        return years.map { ["year": .string($0.label), "months": .list($0.months)] }
    }

    func listValues(
        title: String, description: String?, entries: [Int], page: Int, total: Int, path: String
    ) -> [String: MustacheValue] {
        var list: [String: MustacheValue] = [
            "title": .string(title),
            "items": .list(entries.map { item($0) }),
            "hasItems": .bool(!entries.isEmpty),
            "pager": context.pager(current: page, total: total, path: path, language: config.language),
        ]
        if let description, !description.isEmpty { list["description"] = .string(description) }
        return list
    }

    func paginate(_ entries: [Int]) -> [[Int]] {
        guard !entries.isEmpty else { return [[]] }
        return stride(from: 0, to: entries.count, by: config.pageSize).map {
            Array(entries[$0..<min($0 + config.pageSize, entries.count)])
        }
    }
}
