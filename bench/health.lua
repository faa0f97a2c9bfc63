-- GET /q/health/ready, no token.
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "report.lua")

function requests(params)
    return { get("/q/health/ready") }
end
