import ProgrammeCore

/// The registry as one self-contained web page: the per-year report with a bar chart of MoUs
/// per year and the cumulative regions (inline SVG), the cohorts announced against registered,
/// the pipeline after the signing, and every participant with its sources. No scripts, fonts
/// or images from elsewhere: the file opens offline and can be mailed as is.
struct HTMLPage {
  var report: ProgrammeReport
  var pipeline: PipelineReport
  var participants: [Participant]
  /// What the participants are (regions and MoUs apart) and how many of the announced are known,
  /// as `list` says it.
  var participantsSummary: [Phrase]
  var generatedOn: CalendarDate
  var language: Language

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
    td { overflow-wrap: anywhere; min-width: 3rem; }
    th { background: #f6f8fa; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
    .chart text { font-size: 12px; fill: #1b1f24; } .muted { color: #57606a; font-size: .9rem; }
    a { color: #0969da; }
    </style>
    </head>
    <body>
    <h1>\(say(.htmlTitle))</h1>
    <p class="muted">\(say(.htmlIntro, [
      "regions": .number(report.regionsInProgramme), "total": .number(report.totalRegions), "mous": .number(report.mous),
      "date": .date(generatedOn),
    ]))</p>
    <h2>\(say(.htmlChartHeading))</h2>
    \(chart)
    <h2>\(say(.sectionYears))</h2>
    \(table(ReportTables.years(report)))
    <h2>\(say(.htmlCohortsHeading))</h2>
    \(table(ReportTables.cohorts(report)))
    <h2>\(say(.sectionReconciliation))</h2>
    \(table(ReportTables.reconciliation(report)))
    <h2>\(say(.sectionStages))</h2>
    \(funnel)
    \(table(ReportTables.stages(pipeline)))
    <h2>\(say(.htmlParticipantsHeading))</h2>
    <p class="muted">\(Self.escape(participantsSummary.map { $0.text(in: language) }.joined(separator: "; ")))</p>
    \(participantTable)
    </body>
    </html>

    """
  }

  /// Bars of MoUs per year with the cumulative regions as a line, both on one scale.
  var chart: String {
    let years = report.years
    guard !years.isEmpty else { return "<p class=\"muted\">\(say(.htmlNoMoUs))</p>" }
    let width = 720.0
    let height = 300.0
    let left = 50.0
    let bottom = 40.0
    let top = 20.0
    let plotHeight = height - bottom - top
    let maximum = Double(max(years.map { max($0.mous, $0.cumulativeRegions) }.max() ?? 1, 1))
    let slot = (width - left - 20) / Double(years.count)
    func y(_ value: Int) -> Double { top + plotHeight - plotHeight * Double(value) / maximum }
    var parts: [String] = []
    parts.append("<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(width - 10)\" y2=\"\(top + plotHeight)\" stroke=\"#57606a\"/>")
    for tick in 0...4 {
      let value = Int((maximum * Double(tick) / 4).rounded())
      parts.append("<text x=\"\(left - 6)\" y=\"\(Self.format(y(value) + 4))\" text-anchor=\"end\">\(value)</text>")
      parts.append("<line x1=\"\(left)\" y1=\"\(Self.format(y(value)))\" x2=\"\(width - 10)\" y2=\"\(Self.format(y(value)))\" stroke=\"#eaeef2\"/>")
    }
    var points: [String] = []
    for (index, year) in years.enumerated() {
      let x = left + slot * Double(index)
      let barWidth = slot * 0.6
      parts.append(
        "<rect x=\"\(Self.format(x + slot * 0.2))\" y=\"\(Self.format(y(year.mous)))\" width=\"\(Self.format(barWidth))\" "
          + "height=\"\(Self.format(top + plotHeight - y(year.mous)))\" fill=\"#54aeff\"><title>\(say(.htmlBarTitle, ["year": .number(year.year), "count": .number(year.mous)]))</title></rect>")
      parts.append("<text x=\"\(Self.format(x + slot / 2))\" y=\"\(Self.format(y(year.mous) - 4))\" text-anchor=\"middle\">\(year.mous)</text>")
      parts.append("<text x=\"\(Self.format(x + slot / 2))\" y=\"\(height - bottom + 18)\" text-anchor=\"middle\">\(year.year)</text>")
      points.append("\(Self.format(x + slot / 2)),\(Self.format(y(year.cumulativeRegions)))")
      parts.append(
        "<circle cx=\"\(Self.format(x + slot / 2))\" cy=\"\(Self.format(y(year.cumulativeRegions)))\" r=\"4\" fill=\"#cf222e\">"
          + "<title>\(say(.htmlPointTitle, ["year": .number(year.year), "count": .number(year.cumulativeRegions)]))</title></circle>")
    }
    parts.append("<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"#cf222e\" stroke-width=\"2\"/>")
    parts.append("<rect x=\"\(left + 10)\" y=\"\(height - 14)\" width=\"12\" height=\"12\" fill=\"#54aeff\"/>")
    parts.append("<text x=\"\(left + 28)\" y=\"\(height - 4)\">\(say(.htmlLegendMoUs))</text>")
    // The second entry starts after the first one's text (about 6.6 px a character at 12 px).
    let second = left + 28 + Double(Message.htmlLegendMoUs.text(in: language).count) * 6.6 + 24
    parts.append("<circle cx=\"\(Self.format(second))\" cy=\"\(height - 8)\" r=\"4\" fill=\"#cf222e\"/>")
    parts.append("<text x=\"\(Self.format(second + 10))\" y=\"\(height - 4)\">\(say(.htmlLegendRegions))</text>")
    return "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
      + "viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(say(.htmlChartHeading))\">\n"
      + parts.joined(separator: "\n") + "\n</svg>"
  }

  /// The funnel of each cohort with members: a bar per stage, as a share of the cohort's
  /// announced size (a stage reached counts for every earlier one).
  var funnel: String {
    let cohorts = Dictionary(grouping: pipeline.lines, by: \.cohort)
      .filter { $0.value.contains { $0.reached > 0 } }.sorted { $0.key < $1.key }
    guard !cohorts.isEmpty else { return "" }
    let rowHeight = 18.0
    let label = 150.0
    let barSpace = 420.0
    var parts: [String] = []
    var y = 10.0
    for (cohort, lines) in cohorts {
      parts.append("<text x=\"0\" y=\"\(Self.format(y + 12))\" font-weight=\"bold\">\(say(.htmlFunnelCohort, ["cohort": "\(cohort)", "count": .number(lines.first?.announced ?? 0)]))</text>")
      y += rowHeight + 4
      for line in lines {
        let width = barSpace * min(line.share, 100) / 100
        parts.append("<text x=\"\(label - 6)\" y=\"\(Self.format(y + 12))\" text-anchor=\"end\">\(line.stage.rawValue)</text>")
        parts.append("<rect x=\"\(label)\" y=\"\(Self.format(y + 2))\" width=\"\(barSpace)\" height=\"\(rowHeight - 4)\" fill=\"#eaeef2\"/>")
        parts.append(
          "<rect x=\"\(label)\" y=\"\(Self.format(y + 2))\" width=\"\(Self.format(width))\" height=\"\(rowHeight - 4)\" fill=\"#2da44e\">"
            + "<title>\(Self.escape(cohort)) \(line.stage.rawValue): \(say(.coverageComplete, ["registered": .number(line.reached), "announced": .number(line.announced)]))</title></rect>")
        parts.append("<text x=\"\(Self.format(label + barSpace + 8))\" y=\"\(Self.format(y + 12))\">\(line.reached) (\(Self.format(line.share)) %)</text>")
        y += rowHeight
      }
      y += 10
    }
    return "<svg class=\"chart funnel\" xmlns=\"http://www.w3.org/2000/svg\" width=\"680\" height=\"\(Int(y))\" "
      + "viewBox=\"0 0 680 \(Int(y))\" role=\"img\" aria-label=\"\(say(.sectionStages))\">\n"
      + parts.joined(separator: "\n") + "\n</svg>"
  }

  var participantTable: String {
    let headings: [Message] = [.columnCode, .columnRegion, .columnProvince, .columnCohort, .columnStatus, .columnSigned, .columnSources]
    var rows = ["<table>", "<tr>" + headings.map { "<th>\(say($0))</th>" }.joined() + "</tr>"]
    for participant in participants {
      let sources = participant.sources.isEmpty
        ? "<em>\(say(.htmlUnsourced))</em>"
        : participant.sources.map(link).joined(separator: "<br>")
      rows.append(
        "<tr><td>\(Self.escape(participant.regency.code))</td><td>\(Self.escape(participant.regency.officialName))</td>"
          + "<td>\(Self.escape(participant.provinceName))</td><td>\(Self.escape(participant.cohort))</td>"
          + "<td>\(participant.status.rawValue)</td><td>\(participant.signedOn.map { $0.text(in: language) } ?? "")</td><td>\(sources)</td></tr>")
    }
    rows.append("</table>")
    return rows.joined(separator: "\n")
  }

  func table(_ table: DataTable) -> String {
    var rows = ["<table>", "<tr>" + table.columns.map { "<th>\(Self.escape($0.title.text(in: language)))</th>" }.joined() + "</tr>"]
    for row in table.rows {
      rows.append(
        "<tr>" + zip(table.columns, row).map { column, value in
          "<td\(column.alignsRight ? " class=\"n\"" : "")>\(Self.escape(value.text(in: language)))</td>"
        }.joined() + "</tr>")
    }
    rows.append("</table>")
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

  /// Text safe inside HTML elements and quoted attributes.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in text.escapingControlCharacters {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  static func format(_ value: Double) -> String {
    TableValue.decimal(value, places: 1).plainText
  }
}
