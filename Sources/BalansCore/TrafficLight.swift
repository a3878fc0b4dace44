/// Trafikljus: how the overview rates a figure against the organisation's goals and thresholds — green,
/// yellow or red. A page shows it with its words beside the colour, never the colour alone (WCAG 1.4.1).
public enum TrafficLight: String, Sendable, Equatable, CaseIterable {
    /// Grön, gul, röd.
    case green, yellow, red

    /// A committee's forecast deviation (prognosavvikelse mot budget) for the year: red for a deficit of at
    /// least `threshold`, yellow for any smaller deficit, green for balance or a surplus. The threshold is the
    /// organisation's `OrganisationPolicy.largerDeviationThreshold` (setting `larger-deviation-threshold`,
    /// default 20 mnkr): the size from which seed 003 2.5.1 names a deviation on its own ("at least" as there).
    public static func forecastDeviation(_ deviation: Money, threshold: Money) -> TrafficLight {
        if deviation >= .zero { return .green }
        return deviation.magnitude >= threshold ? .red : .yellow
    }

    /// A financial goal (finansiellt mål, seed 003 2.3) judged on the year's forecast: green when the forecast
    /// reaches it; yellow when the forecast misses it but the outcome so far reaches it (the year is turning
    /// the wrong way and there is still time); red when both miss. Nil when the forecast's ratio cannot be
    /// computed (no forecast of the figures it needs): no light rather than a guessed one.
    public static func financialGoal(_ goal: FinancialGoal, _ ratios: KeyRatioReport) -> TrafficLight? {
        guard let met = goal.isMet(ratios.forecast) else { return nil }
        if met { return .green }
        return goal.isMet(ratios.outcome) == true ? .yellow : .red
    }
}
