using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace Acme.Logs
{
    [ApiController]
    [Route("api/logs")]
    public class LogFilterController : ControllerBase
    {
        private const int MaxLines = 500;
        private static readonly Regex LevelPattern = new(@"^\[(INFO|WARN|ERROR)\]", RegexOptions.Compiled);
        private readonly IReadOnlyList<string> _lines;

        public LogFilterController(IReadOnlyList<string> recentLines)
        {
            _lines = recentLines;
        }

        [HttpGet("grep")]
        public IActionResult Grep([FromQuery] string pattern)
        {
            // expect: resource.limits
            var regex = new Regex(pattern, RegexOptions.IgnoreCase);
            var hits = _lines.Where(l => regex.IsMatch(l)).Take(MaxLines).ToList();
            return Ok(hits);
        }

        [HttpGet("tail")]
        public IActionResult Tail()
        {
            var n = int.Parse(Request.Query["n"]);
            // expect: resource.limits
            var result = new List<string>(n);
            for (var i = Math.Max(0, _lines.Count - n); i < _lines.Count; i++)
            {
                result.Add(_lines[i]);
            }
            return Ok(result);
        }

        [HttpGet("pad")]
        public IActionResult Banner([FromQuery] int width)
        {
            if (width <= 0 || width > 200)
            {
                return BadRequest();
            }
            // ok: resource.limits
            return Ok(new string('=', width));
        }

        [HttpGet("levels")]
        public IActionResult Levels()
        {
            // ok: resource.limits
            var counts = _lines.Select(l => LevelPattern.Match(l)).Where(m => m.Success)
                .GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => g.Count());
            return Ok(counts);
        }
    }
}
