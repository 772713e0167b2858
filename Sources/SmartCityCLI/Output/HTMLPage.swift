import ProgrammeCore

/// The registry as one self-contained web page: the per-year report with a bar chart of MoUs
/// per year and the cumulative regions (inline SVG), the cohorts announced against registered,
/// the pipeline after the signing, and every participant with its sources. No scripts, fonts
/// or images from elsewhere: the file opens offline and can be mailed as is.
struct HTMLPage {
  var report: ProgrammeReport
  var pipeline: PipelineReport
  /// Each province's regions in the programme, so that a reader can see which have none.
  var provinces: ProvinceReport?
  var participants: [Participant]
  /// What the participants are (regions and MoUs apart) and how many of the announced are known,
  /// as `list` says it.
  var participantsSummary: [Phrase]
  var generatedOn: CalendarDate
  var language: Language
  /// The members on the map of Indonesia, as the page shows it (SVG and legend).
  var map = ""
  /// Where a funnel figure leads: the list of the members it counts (`stepLists`).
  var stepLink: ((_ cohort: String, _ stage: Stage) -> String?)?
  /// The members behind each funnel figure, on this page.
  var steps = ""
  /// Where a table's count leads (`#year-2021-new`), by the table's row and the column's key:
  /// the list of the regions it counts (`countLists`).
  var countLink: ((_ table: String, _ row: [String: TableValue], _ key: String) -> String?)?
  /// The regions behind the tables' counts, on this page.
  var counts = ""

  func say(_ message: Message, _ values: [String: Phrase.Value] = [:]) -> String {
    Self.escape(Phrase(message, values).text(in: language))
  }

  var html: String {
    """
    <!DOCTYPE html>
    <html lang="\(language.rawValue)">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(say(.htmlTitle))</title>
    <style>
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1b1f24; }
    h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .3rem; }
    table { border-collapse: collapse; font-size: .9rem; margin: .8rem 0; }
    th, td { border: 1px solid #d0d7de; padding: .25rem .5rem; text-align: left; vertical-align: top; }
    td { overflow-wrap: anywhere; min-width: 3rem; } td:last-child { min-width: 12rem; }
    th { background: #f6f8fa; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
    .chart text { font-size: 12px; fill: #1b1f24; } .muted { color: #57606a; font-size: .9rem; }
    .lead { font-size: 1.05rem; max-width: 48rem; }
    svg.chart, svg.map { max-width: 100%; height: auto; } .map path:hover { stroke: #000; stroke-width: 1.2; }
    figure.funnel { margin: 1rem 0; } figure.funnel figcaption { font-size: .9rem; margin-bottom: .3rem; }
    .legend { list-style: none; padding: 0; margin: .3rem 0 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; font-size: .85rem; }
    .scroll { overflow-x: auto; max-width: 100%; }
    ul.explain { padding-left: 1.2rem; } ul.explain li { margin: .5rem 0; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: .3rem 0; } dt { color: #57606a; } dd { margin: 0; overflow-wrap: anywhere; }
    a { color: #0969da; }
    </style>
    </head>
    <body>
    <h1>\(say(.htmlTitle))</h1>
    <p class="muted">\(say(.htmlIntro, [
      "regions": .number(report.regionsInProgramme), "total": .number(report.totalRegions), "mous": .number(report.mous),
      "date": .date(generatedOn),
    ]))</p>
    \(headline)
    \(map.isEmpty ? "" : "<h2>\(say(.siteMapHeading))</h2>\n" + map)
    <h2>\(say(.htmlChartHeading))</h2>
    \(chart)
    <h2>\(say(.sectionYears))</h2>
    \(table(ReportTables.years(report)))
    <h2>\(say(.htmlCohortsHeading))</h2>
    \(table(ReportTables.cohorts(report)))
    \(provinceSection)
    <h2>\(say(.sectionReconciliation))</h2>
    \(table(ReportTables.reconciliation(report)))
    <h2>\(say(.sectionStages))</h2>
    \(funnel)
    \(table(ReportTables.stages(pipeline)))
    \(steps)
    <h2>\(say(.htmlParticipantsHeading))</h2>
    <p class="muted">\(Self.escape(participantsSummary.map { $0.text(in: language) }.joined(separator: "; ")))</p>
    \(participantTable)
    \(counts)
    </body>
    </html>

    """
  }

  /// Each province's regions in the programme, the provinces with none named first.
  var provinceSection: String {
    guard let provinces else { return "" }
    let none = provinces.lines.filter { $0.regionsInProgramme == 0 }.map(\.name)
    return "<h2>\(say(.sectionProvinces))</h2>\n"
      + "<p class=\"muted\">\(none.isEmpty ? say(.htmlEveryProvinceHasAMember) : say(.htmlProvincesWithoutMember, ["count": .number(none.count), "names": .texts(none)]))</p>\n"
      + table(ReportTables.provinces(provinces))
  }

  /// The headline: how much of what the programme announced the registry knows, so that a
  /// reader never takes a registered count for the programme's size.
  var headline: String {
    guard let latest = report.reconciliation.max(by: { $0.year < $1.year }), latest.announcedRegions > 0 else { return "" }
    return "<p class=\"lead\">"
      + say(
        .htmlHeadline,
        [
          "registered": .number(latest.registeredRegions), "announced": .number(latest.announcedRegions),
          "year": .number(latest.year),
          "share": .decimal(Double(latest.registeredRegions) * 100 / Double(latest.announcedRegions), places: 1),
          "mous": .number(latest.registeredMoUs), "signings": .number(latest.announcedMoUs),
        ]) + "</p>"
  }

  /// Bars of MoUs per year, each inside an outline of the signings announced for the year (so
  /// that a year with few known MoUs reads as unknown, not as a collapse), on the left axis;
  /// the regions in the programme and the announced totals as lines on the right axis, whose
  /// scale is their own (a few dozen signings a year beside a total of hundreds would flatten
  /// the bars). Ticks fall on round numbers; the drawing is narrow enough that its text stays
  /// readable when a phone shrinks it to the screen.
  var chart: String {
    let years = report.years
    guard !years.isEmpty else { return "<p class=\"muted\">\(say(.htmlNoMoUs))</p>" }
    let width = 480.0
    let height = 300.0
    let (left, right, top, bottom) = (40.0, 44.0, 24.0, 46.0)
    let plotHeight = height - bottom - top
    let perYear = Self.axis(upTo: years.map { max($0.mous, $0.announcedMoUs ?? 0) }.max() ?? 1)
    let cumulative = Self.axis(
      upTo: years.map { max($0.cumulativeRegions, $0.announcedCumulativeRegions ?? 0) }.max() ?? 1)
    let slot = (width - left - right) / Double(years.count)
    func y(_ value: Int, on axis: (top: Int, step: Int)) -> Double {
      top + plotHeight - plotHeight * Double(value) / Double(axis.top)
    }
    var parts: [String] = []
    parts.append(
      "<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(width - right)\" y2=\"\(top + plotHeight)\" stroke=\"#57606a\"/>")
    // The axes' names over them, and a tick at each round number of both.
    parts.append("<text x=\"\(left)\" y=\"12\" text-anchor=\"middle\" fill=\"#0969da\">\(say(.htmlAxisPerYear))</text>")
    parts.append(
      "<text x=\"\(width - right)\" y=\"12\" text-anchor=\"middle\" fill=\"#cf222e\">\(say(.htmlAxisCumulative))</text>")
    for value in stride(from: 0, through: perYear.top, by: perYear.step) {
      let at = Self.format(y(value, on: perYear))
      parts.append("<line x1=\"\(left)\" y1=\"\(at)\" x2=\"\(width - right)\" y2=\"\(at)\" stroke=\"#eaeef2\"/>")
      parts.append("<text x=\"\(left - 5)\" y=\"\(Self.format(y(value, on: perYear) + 4))\" text-anchor=\"end\">\(value)</text>")
    }
    for value in stride(from: 0, through: cumulative.top, by: cumulative.step) {
      parts.append(
        "<text x=\"\(width - right + 5)\" y=\"\(Self.format(y(value, on: cumulative) + 4))\" fill=\"#cf222e\">\(value)</text>")
    }
    var regionPoints: [String] = []
    var announcedPoints: [String] = []
    for (index, year) in years.enumerated() {
      let x = left + slot * Double(index)
      let centre = Self.format(x + slot / 2)
      let barX = Self.format(x + slot * 0.2)
      let barWidth = Self.format(slot * 0.6)
      if let announced = year.announcedMoUs {
        parts.append(
          "<rect x=\"\(barX)\" y=\"\(Self.format(y(announced, on: perYear)))\" width=\"\(barWidth)\" height=\"\(Self.format(top + plotHeight - y(announced, on: perYear)))\" "
            + "fill=\"none\" stroke=\"#0969da\" stroke-dasharray=\"4 3\"/>")
      }
      let barTitle =
        year.announcedMoUs.map { say(.htmlBarLabel, ["count": .number(year.mous), "announced": .number($0)]) }
        ?? "\(year.mous)"
      parts.append(
        "<rect x=\"\(barX)\" y=\"\(Self.format(y(year.mous, on: perYear)))\" width=\"\(barWidth)\" "
          + "height=\"\(Self.format(top + plotHeight - y(year.mous, on: perYear)))\" fill=\"#54aeff\"><title>\(say(.htmlBarTitle, ["year": .number(year.year), "count": .number(year.mous)])) (\(barTitle))</title></rect>"
      )
      // The year and its figure under the axis, where no point or line can cover them.
      parts.append("<text x=\"\(centre)\" y=\"\(Self.format(height - bottom + 16))\" text-anchor=\"middle\">\(year.year)</text>")
      parts.append(
        "<text x=\"\(centre)\" y=\"\(Self.format(height - bottom + 32))\" text-anchor=\"middle\" fill=\"#0969da\">"
          + (year.announcedMoUs.map { "\(year.mous)/\($0)" } ?? "\(year.mous)") + "</text>")
      regionPoints.append("\(centre),\(Self.format(y(year.cumulativeRegions, on: cumulative)))")
      parts.append(
        "<circle cx=\"\(centre)\" cy=\"\(Self.format(y(year.cumulativeRegions, on: cumulative)))\" r=\"4\" fill=\"#cf222e\">"
          + "<title>\(say(.htmlPointTitle, ["year": .number(year.year), "count": .number(year.cumulativeRegions)]))</title></circle>"
      )
      if let announced = year.announcedCumulativeRegions {
        announcedPoints.append("\(centre),\(Self.format(y(announced, on: cumulative)))")
        parts.append(
          "<rect x=\"\(Self.format(x + slot / 2 - 4))\" y=\"\(Self.format(y(announced, on: cumulative) - 4))\" width=\"8\" height=\"8\" fill=\"#ffffff\" stroke=\"#57606a\" stroke-width=\"2\">"
            + "<title>\(say(.htmlAnnouncedPointTitle, ["year": .number(year.year), "count": .number(announced)]))</title></rect>")
      }
    }
    parts.append(
      "<polyline points=\"\(regionPoints.joined(separator: " "))\" fill=\"none\" stroke=\"#cf222e\" stroke-width=\"2\"/>")
    if announcedPoints.count > 1 {
      parts.append(
        "<polyline points=\"\(announcedPoints.joined(separator: " "))\" fill=\"none\" stroke=\"#57606a\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
      )
    }
    // The text's size on the drawing itself: the site's pages, whose style sheet does not
    // size a chart's text, would otherwise draw it at the page's size, past the labels' room.
    return
      "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"12\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
      + "viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(say(.htmlChartHeading))\">\n"
      + parts.joined(separator: "\n") + "\n</svg>\n" + legend
  }

  /// The members behind each funnel figure: per cohort and step, those with the step reported
  /// and those a later step implies it for, selected as `list --reported` and `--reached`
  /// select them, each under the anchor a figure links to.
  static func stepLists(
    _ registry: Registry, cohorts: [String], language: Language, anchor: (String, Stage) -> String,
    regionLink: (String) -> String?
  ) -> String {
    func say(_ message: Message, _ values: [String: Phrase.Value] = [:]) -> String {
      escape(Phrase(message, values).text(in: language))
    }
    func names(_ participants: [Participant]) -> String {
      participants.map { member in
        let name = escape(member.regency.officialName)
        return regionLink(member.regency.code).map { "<a href=\"\(escape($0))\">\(name)</a>" } ?? name
      }.joined(separator: ", ")
    }
    var html = ""
    for cohort in cohorts {
      for stage in PipelineReport.stages where stage != .signed {
        let reached = registry.participants(matching: ParticipantFilter(cohort: cohort, reached: stage))
        guard !reached.isEmpty else { continue }
        let reported = registry.participants(matching: ParticipantFilter(cohort: cohort, reported: stage))
        let reportedCodes = Set(reported.map(\.regency.code))
        let implied = reached.filter { !reportedCodes.contains($0.regency.code) }
        html +=
          "<h3 id=\"\(escape(anchor(cohort, stage)))\">"
          + say(.stepListHeading, ["cohort": .text(cohort), "stage": .text(stage.rawValue), "count": .number(reached.count)])
          + "</h3>\n"
        if !reported.isEmpty {
          html += "<p class=\"reported\">\(say(.stepListReported, ["count": .number(reported.count)])) \(names(reported))</p>\n"
        }
        if !implied.isEmpty {
          html += "<p class=\"implied\">\(say(.stepListImplied, ["count": .number(implied.count)])) \(names(implied))</p>\n"
        }
      }
    }
    return html.isEmpty ? "" : "<section class=\"steps\"><h2>\(say(.stepListsHeading))</h2>\n\(html)</section>"
  }

  /// The anchor of a count of a table (`ReportTables`): the years' MoUs, new and returning
  /// regions, a cohort's or phase's registered regions, a province's regions in the programme.
  /// The table is named by its first column's key (`year`, `cohort`, `code`).
  static func countAnchor(_ table: String, _ row: [String: TableValue], _ key: String) -> String? {
    let first = row[table]?.plainText ?? ""
    switch (table, key) {
    case ("year", "mous") where row["newRegencies"] != nil: return "year-\(first)"
    case ("year", "newRegencies"): return "year-\(first)-new"
    case ("year", "returningRegencies"): return "year-\(first)-returning"
    case ("cohort", "registered"):
      let phase = row["phase"]?.plainText ?? ""
      return phase.isEmpty ? "cohort-\(first)" : "cohort-\(first)-\(phase)"
    case ("code", "inProgramme"): return "province-\(first)"
    default: return nil
    }
  }

  /// The regions behind the tables' counts: per year those that signed, new to the programme
  /// or having joined before; per cohort and phase its registered members; per province its
  /// regions in the programme. Each list under the anchor `countAnchor` gives its count.
  /// Which lists: every one (the HTML report), or the years' only (the site, whose cohort and
  /// province pages list their members).
  enum CountLists { case all, years }

  static func countLists(
    _ registry: Registry, language: Language, regionLink: (String) -> String?, only: CountLists = .all
  ) -> String {
    func say(_ message: Message, _ values: [String: Phrase.Value] = [:]) -> String {
      escape(Phrase(message, values).text(in: language))
    }
    let names = Dictionary(registry.regencies.map { ($0.code, $0.officialName) }, uniquingKeysWith: { first, _ in first })
    func list(_ id: String, _ label: Message, _ codes: [String]) -> String {
      let links = codes.map { code in
        let name = escape(names[code] ?? code)
        return regionLink(code).map { "<a href=\"\(escape($0))\">\(name)</a>" } ?? name
      }
      return "<p id=\"\(escape(id))\">\(say(label, ["count": .number(codes.count)])) \(links.joined(separator: ", "))</p>\n"
    }
    func sorted(_ codes: some Sequence<String>) -> [String] { Array(Set(codes)).sorted() }
    var first: [String: Int] = [:]
    for mou in registry.mous { first[mou.regency] = min(first[mou.regency] ?? .max, mou.signedOn.year) }
    var html = "<section class=\"counts\"><h3>\(say(.countListsHeading))</h3>\n"
    for year in Set(registry.mous.map(\.signedOn.year)).sorted() {
      let signing = registry.mous.filter { $0.signedOn.year == year }.map(\.regency)
      html +=
        "<section id=\"year-\(year)\"><h4>\(say(.countListYear, ["year": .number(year), "count": .number(signing.count)]))</h4>\n"
      html += list("year-\(year)-new", .countListNew, sorted(signing.filter { first[$0] == year }))
      html += list("year-\(year)-returning", .countListReturning, sorted(signing.filter { (first[$0] ?? year) < year }))
      html += "</section>\n"
    }
    guard only == .all else { return html + "</section>" }
    for cohort in registry.cohorts.sorted(by: { $0.id < $1.id }) {
      let members = registry.mous.filter { $0.cohort == cohort.id }
      html += list("cohort-\(cohort.id)", .countListCohort, sorted(members.map(\.regency)))
      for phase in cohort.phases {
        html += list(
          "cohort-\(cohort.id)-\(phase.year)", .countListCohort,
          sorted(members.filter { $0.signedOn.year == phase.year }.map(\.regency)))
      }
    }
    for province in registry.provinces.sorted(by: { $0.code < $1.code }) {
      let codes = Set(registry.regencies.filter { $0.province == province.code }.map(\.code))
      html += list("province-\(province.code)", .countListProvince, sorted(registry.mous.map(\.regency).filter(codes.contains)))
    }
    return html + "</section>"
  }

  /// An axis from 0 to a round number at or above `largest`, in four or five round steps (1,
  /// 2, 2.5 or 5 times a power of ten): 0, 50, 100 … 300 for 251.
  static func axis(upTo largest: Int) -> (top: Int, step: Int) {
    let target = Double(max(largest, 1)) / 5
    var magnitude = 1.0
    while magnitude * 10 <= target { magnitude *= 10 }
    let step =
      [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= target && $0.rounded() == $0 } ?? magnitude * 10
    let whole = max(Int(step.rounded()), 1)
    let top = Int((Double(max(largest, 1)) / Double(whole)).rounded(.up)) * whole
    return (top, whole)
  }

  /// The chart's legend as HTML, so that it wraps on a narrow screen in any language.
  var legend: String {
    func swatch(_ shape: String) -> String {
      "<svg width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" aria-hidden=\"true\">\(shape)</svg>"
    }
    let entries: [(String, Message)] = [
      (swatch("<rect x=\"1\" y=\"1\" width=\"12\" height=\"12\" fill=\"#54aeff\"/>"), .htmlLegendMoUs),
      (
        swatch("<rect x=\"1\" y=\"1\" width=\"12\" height=\"12\" fill=\"none\" stroke=\"#0969da\" stroke-dasharray=\"4 3\"/>"),
        .htmlLegendAnnounced
      ),
      (swatch("<circle cx=\"7\" cy=\"7\" r=\"4\" fill=\"#cf222e\"/>"), .htmlLegendRegions),
      (
        swatch("<rect x=\"3\" y=\"3\" width=\"8\" height=\"8\" fill=\"#ffffff\" stroke=\"#57606a\" stroke-width=\"2\"/>"),
        .htmlLegendAnnouncedTotal
      ),
    ]
    return "<ul class=\"legend\">" + entries.map { "<li>\($0.0) \(say($0.1))</li>" }.joined() + "</ul>"
  }

  /// The funnel of each cohort with members: a bar per stage, as a share of the members the
  /// registry knows (a stage reached counts for every earlier one), under a line saying how many
  /// members have any report, so that a short bar reads as "not reported", not "not done".
  var funnel: String {
    let cohorts = Dictionary(grouping: pipeline.lines, by: \.cohort)
      .filter { $0.value.contains { $0.reached > 0 } }.sorted { $0.key < $1.key }
    guard !cohorts.isEmpty else { return "" }
    let rowHeight = 18.0
    // Narrow enough that a phone shows the text at a readable size: the words are in the
    // caption, each bar's title and the lists the figures lead to.
    let label = 140.0
    let barSpace = 210.0
    var figures: [String] = []
    for (cohort, lines) in cohorts {
      guard let first = lines.first else { continue }
      var parts: [String] = []
      var y = 4.0
      for line in lines {
        // The reported members in a solid bar, those a later session implies in a pale one
        // after it: an inference never looks like a report.
        let scale = line.known == 0 ? 0 : barSpace / Double(line.known)
        let reportedWidth = scale * Double(line.reported)
        let title =
          "<title>\(Self.escape(cohort)) \(line.stage.rawValue): \(Self.escape(line.coverage.text(in: language)))</title>"
        parts.append("<text x=\"\(label - 6)\" y=\"\(Self.format(y + 12))\" text-anchor=\"end\">\(line.stage.rawValue)</text>")
        parts.append(
          "<rect x=\"\(label)\" y=\"\(Self.format(y + 2))\" width=\"\(barSpace)\" height=\"\(rowHeight - 4)\" fill=\"#eaeef2\"/>")
        parts.append(
          "<rect x=\"\(label)\" y=\"\(Self.format(y + 2))\" width=\"\(Self.format(reportedWidth))\" height=\"\(rowHeight - 4)\" fill=\"#2da44e\">"
            + title + "</rect>")
        if line.implied > 0 {
          parts.append(
            "<rect x=\"\(Self.format(label + reportedWidth))\" y=\"\(Self.format(y + 2))\" width=\"\(Self.format(scale * Double(line.implied)))\" "
              + "height=\"\(rowHeight - 4)\" fill=\"#aceebb\">" + title + "</rect>")
        }
        // Nothing reported is not "nobody did it": a zero after the signing says so in words.
        let figure =
          line.reached == 0 && line.stage != .signed
          ? say(.notRecorded)
          : line.implied == 0
            ? "\(line.reported) / \(line.known) (\(Self.format(line.share)) %)"
            : say(
              .funnelFigureImplied,
              [
                "reported": .number(line.reported), "implied": .number(line.implied), "known": .number(line.known),
                "share": .text(Self.format(line.share)),
              ])
        // Each figure leads to the members it counts.
        let text = "<text x=\"\(Self.format(label + barSpace + 8))\" y=\"\(Self.format(y + 12))\">\(figure)</text>"
        if let href = stepLink?(cohort, line.stage), line.reached > 0 {
          parts.append("<a href=\"\(Self.escape(href))\" fill=\"#0969da\">\(text)</a>")
        } else {
          parts.append(text)
        }
        y += rowHeight
      }
      let caveat = say(
        .funnelCaveat,
        [
          "cohort": "\(cohort)", "withReports": .number(first.withReports), "known": .number(first.known),
          "announced": .number(first.announced),
        ])
      figures.append(
        "<figure class=\"funnel\"><figcaption>\(caveat)</figcaption>\n<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" "
          + "font-size=\"12\" width=\"500\" height=\"\(Int(y + 4))\" viewBox=\"0 0 500 \(Int(y + 4))\" role=\"img\" aria-label=\"\(caveat)\">\n"
          + parts.joined(separator: "\n") + "\n</svg></figure>")
    }
    return figures.joined(separator: "\n")
  }

  var participantTable: String {
    let headings: [Message] = [
      .columnCode, .columnRegion, .columnProvince, .columnCohort, .columnStatus, .columnSigned, .columnSources,
    ]
    var rows = [
      "<div class=\"scroll\"><table id=\"participants\">", "<tr>" + headings.map { "<th>\(say($0))</th>" }.joined() + "</tr>",
    ]
    for participant in participants {
      let sources =
        participant.sources.isEmpty
        ? "<em>\(say(.htmlUnsourced))</em>"
        : participant.sources.map(link).joined(separator: "<br>")
      rows.append(
        "<tr><td>\(Self.escape(participant.regency.code))</td><td>\(Self.escape(participant.regency.officialName))</td>"
          + "<td>\(Self.escape(participant.provinceName))</td><td>\(Self.escape(participant.cohort))</td>"
          + "<td>\(participant.status.rawValue)</td><td>\(participant.signedOn.map { $0.text(in: language) } ?? "")</td><td>\(sources)</td></tr>"
      )
    }
    rows.append("</table></div>")
    return rows.joined(separator: "\n")
  }

  /// A table of the columns people read; its sentences (`Column.isProse`) as a list under it,
  /// each row's after what names the row, since a sentence in a cell makes the table unreadable
  /// on a phone.
  func table(_ table: DataTable) -> String {
    let (grid, prose) = table.forPeople.splitProse
    var items: [String] = []
    for (row, sentences) in zip(grid.rows, prose.rows) {
      let facts = zip(prose.columns, sentences).compactMap { column, value -> String? in
        let text = value.text(in: language)
        return text.isEmpty
          ? nil : "<dt>\(Self.escape(column.title.text(in: language)))</dt><dd>\(Self.escape(text))</dd>"
      }
      guard !facts.isEmpty else { continue }
      let key = row.prefix(max(grid.keyColumns, 1)).map { $0.text(in: language) }.filter { !$0.isEmpty }.joined(separator: " ")
      items.append("<li><strong>\(Self.escape(key))</strong><dl>\(facts.joined())</dl></li>")
    }
    return gridTable(grid) + (items.isEmpty ? "" : "\n<ul class=\"explain\">" + items.joined() + "</ul>")
  }

  private func gridTable(_ table: DataTable) -> String {
    var rows = [
      "<div class=\"scroll\"><table>",
      "<tr>" + table.columns.map { "<th>\(Self.escape($0.title.text(in: language)))</th>" }.joined() + "</tr>",
    ]
    for row in table.rows {
      let keyed = Dictionary(zip(table.columns.map(\.key), row), uniquingKeysWith: { first, _ in first })
      rows.append(
        "<tr>"
          + zip(table.columns, row).map { column, value in
            let text = Self.escape(value.text(in: language))
            // A count leads to the regions it counts, where the page lists them.
            let cell =
              countLink?(table.columns.first?.key ?? "", keyed, column.key).map { "<a href=\"\(Self.escape($0))\">\(text)</a>" }
              ?? text
            return "<td\(column.alignsRight ? " class=\"n\"" : "")>\(cell)</td>"
          }.joined() + "</tr>")
    }
    rows.append("</table></div>")
    return rows.joined(separator: "\n")
  }

  /// A source as a link when it has a web address, else as its citation.
  func link(_ source: Source) -> String {
    let text = Self.escape(source.title ?? source.publisher ?? source.url ?? source.citation(in: language))
    guard let url = source.url, url.lowercased().hasPrefix("http://") || url.lowercased().hasPrefix("https://") else {
      return text
    }
    return "<a href=\"\(Self.escape(url))\">\(text)</a>"
  }

  /// Text safe inside HTML elements and quoted attributes: markup escaped, and the direction
  /// controls it opens (an embedding, override or isolate, such as U+202E) closed at its end,
  /// so that text in any direction is isolated and never turns the page's own words around.
  static func escape(_ text: String) -> String {
    // Most text needs nothing: one pass over the bytes finds out (a site escapes a million strings).
    var previous: (UInt8, UInt8) = (0, 0)
    var plain = true
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0..<0x20, 0x7F:
        plain = false
      case 0x80...0x9F where previous.1 == 0xC2: plain = false
      // U+202A–U+202E (E2 80 AA–AE) and U+2066–U+2069 (E2 81 A6–A9): direction controls.
      case 0xAA...0xAE where previous == (0xE2, 0x80): plain = false
      case 0xA6...0xA9 where previous == (0xE2, 0x81): plain = false
      default: break
      }
      if !plain { break }
      previous = (previous.1, byte)
    }
    if plain { return text }
    var result = ""
    // The direction controls still open, innermost last: each is closed at the end.
    var open: [Character] = []
    for character in text.escapingControlCharacters {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\u{202A}", "\u{202B}", "\u{202D}", "\u{202E}":
        open.append("\u{202C}")
        result.append(character)
      case "\u{2066}", "\u{2067}", "\u{2068}":
        open.append("\u{2069}")
        result.append(character)
      case "\u{202C}":
        if open.last == "\u{202C}" { open.removeLast() }
        result.append(character)
      case "\u{2069}":
        // An isolate's end closes the embeddings opened inside it too.
        if let isolate = open.lastIndex(of: "\u{2069}") { open.removeSubrange(isolate...) }
        result.append(character)
      default: result.append(character)
      }
    }
    result.append(contentsOf: open.reversed())
    return result
  }

  static func format(_ value: Double) -> String {
    TableValue.decimal(value, places: 1).plainText
  }
}

// MARK: - Messages

extension Message {
  static let htmlIntro = Message(
    english:
      "{regions} of {total} kabupaten/kota in the programme, {mous} {mous|MoU|MoUs} registered. Generated by smartcity on {date}.",
    indonesian:
      "{regions} dari {total} kabupaten/kota dalam program, {mous} nota kesepakatan tercatat. Dibuat oleh smartcity pada {date}.")
  static let htmlParticipantsHeading = Message(
    english: "Participants",
    indonesian: "Peserta")
  static let htmlNoMoUs = Message(
    english: "No MoUs registered.",
    indonesian: "Belum ada nota kesepakatan yang tercatat.")
  static let htmlBarTitle = Message(
    english: "{year}: {count} {count|MoU|MoUs}",
    indonesian: "{year}: {count} nota kesepakatan")
  static let htmlPointTitle = Message(
    english: "{year}: {count} {count|region|regions} in the programme",
    indonesian: "{year}: {count} daerah dalam program")
  static let htmlLegendMoUs = Message(
    english: "MoUs signed in the year",
    indonesian: "Nota kesepakatan yang ditandatangani pada tahun itu")
  static let htmlLegendRegions = Message(
    english: "Regions in the programme (cumulative)",
    indonesian: "Daerah dalam program (kumulatif)")
  static let htmlLegendAnnounced = Message(
    english: "Signings announced for the year",
    indonesian: "Penandatanganan yang diumumkan untuk tahun itu")
  static let htmlLegendAnnouncedTotal = Message(
    english: "Regions announced (cumulative)",
    indonesian: "Daerah yang diumumkan (kumulatif)")
  static let htmlBarLabel = Message(
    english: "{count} of {announced}",
    indonesian: "{count} dari {announced}")
  static let htmlAnnouncedPointTitle = Message(
    english: "{year}: {count} {count|region|regions} announced",
    indonesian: "{year}: {count} daerah diumumkan")
  static let htmlHeadline = Message(
    english:
      "The registry knows {registered} of the {announced} {announced|region|regions} the programme announced by {year} ({share}%) and {mous} of {signings} announced {signings|signing|signings}. A registered count below an announced one means members not yet found in public sources, not members that left.",
    indonesian:
      "Registri mengetahui {registered} dari {announced} daerah yang diumumkan program hingga {year} ({share}%) dan {mous} dari {signings} penandatanganan yang diumumkan. Angka tercatat di bawah angka yang diumumkan berarti anggota yang belum ditemukan di sumber publik, bukan anggota yang keluar."
  )
  static let htmlProvincesWithoutMember = Message(
    english: "{count} {count|province has|provinces have} no member: {names}.",
    indonesian: "{count} provinsi belum punya anggota: {names}.")
  static let htmlEveryProvinceHasAMember = Message(
    english: "Every province has at least one member.",
    indonesian: "Setiap provinsi punya paling tidak satu anggota.")
  static let countListsHeading = Message(
    english: "The regions behind each figure",
    indonesian: "Daerah di balik setiap angka")
  static let countListYear = Message(
    english: "{year}: {count} {count|MoU|MoUs} signed",
    indonesian: "{year}: {count} nota kesepakatan ditandatangani")
  static let countListNew = Message(
    english: "New to the programme ({count}):",
    indonesian: "Baru dalam program ({count}):")
  static let countListReturning = Message(
    english: "Had joined before ({count}):",
    indonesian: "Sudah pernah ikut ({count}):")
  static let countListCohort = Message(
    english: "Registered members ({count}):",
    indonesian: "Anggota tercatat ({count}):")
  static let countListProvince = Message(
    english: "In the programme ({count}):",
    indonesian: "Dalam program ({count}):")
  static let stepListsHeading = Message(
    english: "Who took each step",
    indonesian: "Siapa melalui tiap langkah")
  static let stepListHeading = Message(
    english: "Cohort {cohort}, {stage}: {count} {count|member|members}",
    indonesian: "Angkatan {cohort}, {stage}: {count} anggota")
  static let stepListReported = Message(
    english: "Reported ({count}):",
    indonesian: "Diberitakan ({count}):")
  static let stepListImplied = Message(
    english: "Not reported, implied by a later session ({count}):",
    indonesian: "Tidak diberitakan, tersirat dari sesi sesudahnya ({count}):")
  static let htmlAxisPerYear = Message(
    english: "MoUs a year",
    indonesian: "NK per tahun")
  static let htmlAxisCumulative = Message(
    english: "Regions",
    indonesian: "Daerah")
  static let notRecorded = Message(
    english: "not recorded",
    indonesian: "tidak tercatat")
  static let funnelCaveat = Message(
    english:
      "Cohort {cohort}: {withReports} of {known} known {known|member|members} ({announced} announced) have any step reported after the signing; a step without a report is unknown, not undone. Dark green: the step is reported; pale green: not reported, but a later Bimtek session is.",
    indonesian:
      "Angkatan {cohort}: {withReports} dari {known} anggota yang diketahui ({announced} diumumkan) punya tahapan yang diberitakan setelah penandatanganan; tahapan tanpa berita tidak diketahui, bukan berarti tidak terjadi. Hijau tua: tahapan diberitakan; hijau muda: tidak diberitakan, tetapi sesi Bimtek sesudahnya diberitakan."
  )
  static let funnelFigureImplied = Message(
    english: "{reported} + {implied} / {known} ({share} %)",
    indonesian: "{reported} + {implied} / {known} ({share} %)")
}
