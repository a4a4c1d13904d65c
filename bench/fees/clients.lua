-- wrk script of bench/fees: every request comes from one of 65,536 clients (10.0.x.y) behind the reverse proxy, which
-- appends the client's address as X-Forwarded-For, as in production (docs/deployment.md). The application trusts the
-- proxy on loopback (GONGKAI_TRUSTED_PROXIES) and limits each client separately; no address is exempt.
local next_client = 0

function init(args)
	math.randomseed(os.time() + math.floor(os.clock() * 1000000))
	next_client = math.random(0, 65535)
end

function request()
	next_client = (next_client + 1) % 65536
	wrk.headers["X-Forwarded-For"] = "10.0." .. math.floor(next_client / 256) .. "." .. (next_client % 256)
	return wrk.format(nil)
end
