import Foundation
import Hummingbird
import Logging
import Metrics
import Prometheus

/// One log line per request — method, path (without the query), status, duration and user —
/// and the metrics of every request (`WebMetrics`). Outermost, so it sees the status of every
/// answer, the error pages' included. Nothing of the cookies is logged: no session token.
struct RequestLog: RouterMiddleware {
    let logger: Logger
    let metrics: WebMetrics

    func handle(
        _ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            record(request, context, status: Int(response.status.code), since: start)
            return response
        } catch {
            record(
                request, context, status: (error as? any HTTPResponseError).map { Int($0.status.code) } ?? 500,
                since: start)
            throw error
        }
    }

    private func record(_ request: Request, _ context: WebContext, status: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let method = request.method.rawValue
        // The route's pattern ("/namnd/{code}"), not the path: a bounded set of series.
        metrics.record(method: method, route: context.endpointPath ?? "NotFound", status: status, duration: elapsed)
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        logger.info(
            "\(method) \(request.uri.path) \(status) \(String(format: "%.1f", ms)) ms",
            metadata: ["user": .string(context.trace.user ?? "-")])
    }
}

/// The server's metrics in a registry of its own (not the process's global metrics system, so
/// that every application — and every test — counts its own): requests by method, route and
/// status, and their durations. `/metrics` shows them in Prometheus's text format.
final class WebMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    let factory: PrometheusMetricsFactory

    init() {
        factory = PrometheusMetricsFactory(registry: registry)
    }

    func record(method: String, route: String, status: Int, duration: Duration) {
        Counter(
            label: "balans_http_requests_total",
            dimensions: [("method", method), ("route", route), ("status", String(status))], factory: factory
        ).increment()
        Metrics.Timer(
            label: "balans_http_request_duration_seconds", dimensions: [("method", method), ("route", route)],
            factory: factory
        ).recordNanoseconds(
            Int64(duration.components.seconds) * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    /// The metrics in Prometheus's text exposition format.
    func exposition() -> String { registry.emitToString() }
}

/// What the outermost middleware learns of a request from the inner ones: the user, once the
/// session is known (a request context is a value: the copy an inner middleware changes is not
/// the outer one's; this box is shared by both).
final class RequestTrace: @unchecked Sendable {
    private let lock = NSLock()
    private var _user: String?

    var user: String? {
        get { lock.withLock { _user } }
        set { lock.withLock { _user = newValue } }
    }
}
