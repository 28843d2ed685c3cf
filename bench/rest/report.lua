-- wrk script: at the end, one machine-readable line with the figures run-rest.sh tabulates.
-- Responses that are not 2xx are counted (wrk counts them in errors.status) and reported.
-- With BENCH_BODY_FILE set (the GraphQL servers), every request is a POST of that file's bytes.
local body_file = os.getenv("BENCH_BODY_FILE")
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  wrk.method = "POST"
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f requests=%d non2xx=%d socket_errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1e3, latency:percentile(99) / 1e3, latency.max / 1e3,
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end
