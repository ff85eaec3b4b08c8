using Manifold.Server.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Manifold.Server.Endpoints;

/// <summary>Turns request problems into short text/plain answers: <see cref="ProtocolException"/> into its status,
/// Kestrel's bad-request errors into 400/413, and anything unexpected into a 500 without a stack trace.</summary>
internal sealed class ProtocolErrorMiddleware(RequestDelegate next, ILogger<ProtocolErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (ProtocolException e)
        {
            await WriteAsync(context, e.StatusCode, e.Message);
        }
        catch (BadHttpRequestException e)
        {
            await WriteAsync(context, e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body is too large" : e.Message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away.
        }
        catch (Exception e)
        {
            logger.LogError("{Method} {Path} failed: {Type}: {Message}", context.Request.Method, context.Request.Path, e.GetType().Name, e.Message);
            await WriteAsync(context, StatusCodes.Status500InternalServerError, "Internal server error");
        }
    }

    public static async Task WriteAsync(HttpContext context, int status, string message)
    {
        if (context.Response.HasStarted)
        {
            return;
        }
        context.Response.Clear();
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(message + "\n");
    }
}
