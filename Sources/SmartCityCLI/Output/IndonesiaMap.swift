import ProgrammeCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Indonesia's kabupaten/kota as an SVG map drawn from `MapGeometry`: each region one path
/// (its rings under the even-odd rule) filled by what the map shows, province borders over
/// them, a legend, and the boundaries' attribution under it. Nothing is fetched; the same
/// registry gives the same bytes.
struct IndonesiaMap {
  /// How one region is drawn: its fill, what a hover or tap shows, where a click goes.
  struct RegionStyle {
    var fill: String
    var title: String
    var link: String?
    /// Members are marked (`class="m"`), so that a page or a check can find them.
    var isMember: Bool
  }

  /// A legend entry: a colour and what it means.
  struct LegendEntry {
    var fill: String
    var label: String
  }

  static let nonMemberFill = "#e3e5e8"

  /// Colour-blind-safe colours (Okabe and Ito), one per cohort in order, then repeating.
  static let palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442"]

  var geometry = MapGeometry.shipped
  /// Regions by code; a region not listed is drawn as a non-member, titled with its name.
  var styles: [String: RegionStyle]
  var names: [String: String]
  var legend: [LegendEntry]
  /// The accessible title of the whole map.
  var title: String
  /// Only this province's area (its regions and what lies around them), or all Indonesia.
  var province: String?
  var width = 1000.0
  /// Whether the legend and attribution are drawn in the SVG (a standalone file) or left to
  /// the page as HTML (`htmlLegend`), where they wrap and stay readable on a phone.
  var drawsLegend = true
  /// The outlines, when the caller has them already (a site draws each province twice).
  var drawing: Drawing?
  /// A file of its own (`smartcity map`): SVG 1.1 has no ARIA attributes, and its `<title>`
  /// names it; inside a page, `role` and `aria-label` do.
  var isStandalone = false
  /// Lines printed above a standalone map: its title, the registry's date and what the colours
  /// mean, so that a map lifted into a slide or an article still says what it shows.
  var heading: [String] = []

  /// The legend and the attribution as HTML, for a page.
  var htmlLegend: String {
    "<ul class=\"legend\">"
      + legend.map { entry in
        "<li><svg width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" aria-hidden=\"true\"><rect x=\"0.5\" y=\"0.5\" width=\"13\" height=\"13\" "
          + "fill=\"\(entry.fill)\" stroke=\"#4a4f57\"/></svg> \(HTMLPage.escape(entry.label))</li>"
      }.joined() + "</ul><p class=\"muted\">\(HTMLPage.escape(geometry.attribution))</p>"
  }

  /// The outlines drawn for an area: each region's path data and the provinces', in the
  /// area's projection. The whole country's are made once per process: a site draws it on
  /// every cohort page.
  struct Drawing: Sendable {
    var bounds: Bounds
    var regionPaths: [(code: String, d: String)]
    var provincePaths: [String]
    var height: Double

    init(geometry: MapGeometry, province: String?, width: Double) {
      let focus = province.map { code in geometry.regencies.filter { $0.code.hasPrefix(code + ".") } } ?? geometry.regencies
      var bounds = Bounds(focus.isEmpty ? geometry.regencies : focus)
      bounds.pad(by: province == nil ? 0.01 : 0.06)
      // Equirectangular with the cosine of the middle latitude: right for a country astride
      // the equator, and simple enough to need no library.
      let k = cos((bounds.minLatitude + bounds.maxLatitude) / 2 * .pi / 180)
      let scale = width / ((bounds.maxLongitude - bounds.minLongitude) * k)
      func path(_ shape: MapGeometry.Shape) -> String {
        var d = ""
        for ring in shape.rings where ring.count > 2 {
          d += "M"
          for (index, point) in ring.enumerated() {
            if index > 0 { d += " " }
            d +=
              IndonesiaMap.number((point.longitude - bounds.minLongitude) * k * scale) + " "
              + IndonesiaMap.number((bounds.maxLatitude - point.latitude) * scale)
          }
          d += "Z"
        }
        return d
      }
      self.bounds = bounds
      regionPaths = geometry.regencies.filter { bounds.overlaps(Bounds([$0])) }.map { ($0.code, path($0)) }
      provincePaths = geometry.provinces.filter { bounds.overlaps(Bounds([$0])) }.map(path)
      height = ((bounds.maxLatitude - bounds.minLatitude) * scale).rounded()
    }
  }

  static let country = Drawing(geometry: MapGeometry.shipped, province: nil, width: 1000)

  var svg: String {
    let drawing =
      self.drawing
      ?? (province == nil && width == 1000 ? Self.country : Drawing(geometry: geometry, province: province, width: width))
    // A standalone map's heading takes the first lines; the map is drawn under it.
    let headed = isStandalone ? heading : []
    let offset = headed.isEmpty ? 0 : Double(headed.count) * 22 + 12
    let mapHeight = drawing.height + offset
    var parts: [String] = []
    for (index, line) in headed.enumerated() {
      let size = index == 0 ? 20 : 13
      parts.append(
        "<text x=\"0\" y=\"\(Self.number(Double(index) * 22 + 18))\" font-size=\"\(size)\"\(index == 0 ? " font-weight=\"bold\"" : " fill=\"#57606a\"")>"
          + HTMLPage.escape(line) + "</text>")
    }
    if offset > 0 { parts.append("<g transform=\"translate(0 \(Self.number(offset)))\">") }
    parts.append("<g class=\"regions\" stroke=\"#ffffff\" stroke-width=\"0.4\" stroke-linejoin=\"round\">")
    for (code, d) in drawing.regionPaths {
      // Around a province, its neighbours are context: paler, and no more than their name.
      let isContext = province.map { !code.hasPrefix($0 + ".") } ?? false
      let style = isContext ? RegionStyle(fill: "#f4f5f7", title: names[code] ?? code, link: nil, isMember: false) : styles[code]
      let name = names[code] ?? code
      let title = HTMLPage.escape(style?.title ?? name)
      let fill = style?.fill ?? Self.nonMemberFill
      let member = style?.isMember == true ? " class=\"m\"" : ""
      let element =
        "<path data-code=\"\(code)\"\(member) fill=\"\(fill)\" fill-rule=\"evenodd\" d=\"\(d)\"><title>\(title)</title></path>"
      if let link = style?.link {
        parts.append("<a href=\"\(HTMLPage.escape(link))\" aria-label=\"\(title)\">\(element)</a>")
      } else {
        parts.append(element)
      }
    }
    parts.append("</g>")
    parts.append(
      "<g class=\"provinces\" fill=\"none\" stroke=\"#4a4f57\" stroke-width=\"0.8\" stroke-linejoin=\"round\" pointer-events=\"none\">"
    )
    for d in drawing.provincePaths {
      parts.append("<path d=\"\(d)\"/>")
    }
    parts.append("</g>")
    if offset > 0 { parts.append("</g>") }
    // The legend wraps into rows under the map; about 7 px a character at 13 px.
    var y = mapHeight + 24
    var x = 0.0
    for entry in drawsLegend ? legend : [] {
      let entryWidth = 24 + Double(entry.label.count) * 7 + 18
      if x > 0 && x + entryWidth > width {
        x = 0
        y += 22
      }
      parts.append(
        "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y - 11))\" width=\"14\" height=\"14\" fill=\"\(entry.fill)\" stroke=\"#4a4f57\" stroke-width=\"0.5\"/>"
      )
      parts.append(
        "<text x=\"\(Self.number(x + 20))\" y=\"\(Self.number(y + 1))\" font-size=\"13\">\(HTMLPage.escape(entry.label))</text>")
      x += entryWidth
    }
    let height: Double
    if drawsLegend {
      y += 24
      parts.append(
        "<text x=\"0\" y=\"\(Self.number(y))\" font-size=\"11\" fill=\"#57606a\">\(HTMLPage.escape(geometry.attribution))</text>")
      height = y + 8
    } else {
      height = mapHeight + 4
    }
    return "<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" "
      + "width=\"\(Int(width))\" height=\"\(Int(height))\" "
      + (isStandalone ? "" : "role=\"img\" aria-label=\"\(HTMLPage.escape(title))\" ")
      + "font-family=\"system-ui, sans-serif\">\n<title>\(HTMLPage.escape(title))</title>\n" + parts.joined(separator: "\n")
      + "\n</svg>"
  }

  /// One decimal, no locale: "12.3", "-0.5", "40".
  static func number(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let whole = abs(tenths) / 10
    let fraction = abs(tenths) % 10
    return fraction == 0 ? sign + String(whole) : sign + String(whole) + "." + String(fraction)
  }

  /// A box of longitudes and latitudes.
  struct Bounds: Sendable {
    var minLongitude = Double.infinity
    var maxLongitude = -Double.infinity
    var minLatitude = Double.infinity
    var maxLatitude = -Double.infinity

    init(_ shapes: [MapGeometry.Shape]) {
      for shape in shapes {
        for ring in shape.rings {
          for point in ring {
            minLongitude = min(minLongitude, point.longitude)
            maxLongitude = max(maxLongitude, point.longitude)
            minLatitude = min(minLatitude, point.latitude)
            maxLatitude = max(maxLatitude, point.latitude)
          }
        }
      }
    }

    mutating func pad(by share: Double) {
      let dx = (maxLongitude - minLongitude) * share
      let dy = (maxLatitude - minLatitude) * share
      minLongitude -= dx
      maxLongitude += dx
      minLatitude -= dy
      maxLatitude += dy
    }

    func overlaps(_ other: Bounds) -> Bool {
      other.minLongitude <= maxLongitude && other.maxLongitude >= minLongitude && other.minLatitude <= maxLatitude
        && other.maxLatitude >= minLatitude
    }
  }
}

extension IndonesiaMap {
  /// What the map shows: members by cohort, or by the strength of their evidence.
  enum Colouring: String, CaseIterable {
    case cohort, confidence
  }

  /// The map of a registry's participants: members coloured by their first cohort (or by
  /// confidence), regions only named in a letter apart, everything else light.
  static func of(
    _ participants: [Participant], in registry: Registry, colouring: Colouring, language: Language, province: String? = nil,
    title: String, link: ((String) -> String?)? = nil
  ) -> IndonesiaMap {
    let cohortIDs = registry.cohorts.map(\.id).sorted()
    func colour(ofCohort id: String) -> String { palette[(cohortIDs.firstIndex(of: id) ?? 0) % palette.count] }
    let confidenceColour: [Confidence?: String] = [.high: "#0072B2", .medium: "#56B4E9", nil: "#9aa4ae"]
    // Only a map by confidence looks the MoUs up (a site draws hundreds of maps by cohort).
    let confidenceByMoU =
      colouring == .confidence ? Dictionary(registry.mous.map { ($0.id, $0.confidence) }) { first, _ in first } : [:]
    let selectedFill = "#b8bec6"
    var byRegion: [String: [Participant]] = [:]
    for participant in participants { byRegion[participant.regency.code, default: []].append(participant) }
    var styles: [String: RegionStyle] = [:]
    for (code, memberships) in byRegion {
      let signed = memberships.filter { $0.status == .signed }.sorted { $0.cohort < $1.cohort }
      let name = memberships[0].regency.officialName
      let details = memberships.sorted { $0.cohort < $1.cohort }.map { membership in
        membership.signedOn.map {
          Phrase(.mapMembershipSigned, ["cohort": .text(membership.cohort), "date": .date($0)]).text(in: language)
        } ?? Phrase(.mapMembershipSelected, ["cohort": .text(membership.cohort)]).text(in: language)
      }
      let fill: String
      if let first = signed.first {
        switch colouring {
        case .cohort: fill = colour(ofCohort: first.cohort)
        case .confidence: fill = confidenceColour[first.mouID.flatMap { confidenceByMoU[$0] } ?? nil] ?? "#9aa4ae"
        }
      } else {
        fill = selectedFill
      }
      styles[code] = RegionStyle(
        fill: fill, title: "\(name) (\(code)): " + details.joined(separator: "; "), link: link?(code), isMember: !signed.isEmpty)
    }
    var names: [String: String] = [:]
    for regency in registry.regencies {
      names[regency.code] = regency.officialName
      if styles[regency.code] == nil, let link = link?(regency.code) {
        styles[regency.code] = RegionStyle(
          fill: nonMemberFill, title: "\(regency.officialName) (\(regency.code)): " + Message.mapNotAMember.text(in: language),
          link: link, isMember: false)
      }
    }
    var legend: [LegendEntry]
    switch colouring {
    case .cohort:
      let shown = Set(participants.filter { $0.status == .signed }.map(\.cohort))
      legend = cohortIDs.filter(shown.contains).map { id in
        LegendEntry(fill: colour(ofCohort: id), label: Phrase(.mapLegendCohort, ["cohort": .text(id)]).text(in: language))
      }
    case .confidence:
      legend = [
        LegendEntry(fill: "#0072B2", label: Message.mapLegendHigh.text(in: language)),
        LegendEntry(fill: "#56B4E9", label: Message.mapLegendMedium.text(in: language)),
        LegendEntry(fill: "#9aa4ae", label: Message.mapLegendUnrated.text(in: language)),
      ]
    }
    if participants.contains(where: { $0.status == .selected }) {
      legend.append(LegendEntry(fill: selectedFill, label: Message.mapLegendSelected.text(in: language)))
    }
    legend.append(LegendEntry(fill: nonMemberFill, label: Message.mapLegendNotAMember.text(in: language)))
    return IndonesiaMap(styles: styles, names: names, legend: legend, title: title, province: province)
  }
}

extension IndonesiaMap {
  /// The map for a page: the SVG without its legend, then the legend as HTML.
  var pageSVG: String {
    var map = self
    map.drawsLegend = false
    return map.svg + "\n" + htmlLegend
  }
}

// MARK: - Messages

extension Message {
  static let mapMembershipSigned = Message(
    english: "cohort {cohort}, signed {date}",
    indonesian: "angkatan {cohort}, ditandatangani {date}")
  static let mapMembershipSelected = Message(
    english: "cohort {cohort}, named in a selection letter, no MoU recorded",
    indonesian: "angkatan {cohort}, disebut dalam surat penetapan, belum ada nota kesepakatan tercatat")
  static let mapLegendHigh = Message(
    english: "High confidence",
    indonesian: "Keyakinan tinggi")
  static let mapLegendMedium = Message(
    english: "Medium confidence",
    indonesian: "Keyakinan sedang")
  static let mapLegendUnrated = Message(
    english: "Confidence not rated",
    indonesian: "Keyakinan belum dinilai")
  static let mapLegendSelected = Message(
    english: "Named in a letter, no MoU recorded",
    indonesian: "Disebut dalam surat, belum ada nota kesepakatan")
  static let mapLegendNotAMember = Message(
    english: "Not a member",
    indonesian: "Bukan anggota")
}
