"""How fast the SMS webhook acknowledges a signed inbound text.

Needs a running Rasa with the SMS channel; `make run` is enough (its SMS worker sends the
answers to the demo's fake provider):

    .venv/app/bin/python bench/sms_webhook_latency.py --rasa http://127.0.0.1:5005 \
        --token demo-sms-auth-token -n 30

It measures the acknowledgement the provider waits for (the answer is written to the SMS
outbox afterwards and sent by the worker). Each call carries its own MessageSid, as the
provider's do, so each is a new text (a replayed MessageSid is answered once). Prints
median, 95th percentile and maximum in milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import time
import urllib.parse
import urllib.request
import uuid

from twilio.request_validator import RequestValidator


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rasa", default="http://127.0.0.1:5205")
    parser.add_argument("--public-base-url", default=None, help="what the provider signs")
    parser.add_argument("--token", default="test-sms-auth-token")
    parser.add_argument("-n", type=int, default=20)
    parser.add_argument("--message", default="hi")
    args = parser.parse_args()
    url = (args.public_base_url or args.rasa) + "/webhooks/sms/webhook"
    validator = RequestValidator(args.token)
    acks: list[float] = []
    for i in range(args.n):
        form = {
            "From": f"+1662555{i:04d}",
            "To": "+16015550100",
            "Body": args.message,
            "MessageSid": "SM" + uuid.uuid4().hex,
        }
        request = urllib.request.Request(
            args.rasa + "/webhooks/sms/webhook",
            data=urllib.parse.urlencode(form).encode(),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "X-Twilio-Signature": validator.compute_signature(url, form),
            },
        )
        start = time.perf_counter()
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            status = response.status
        acks.append((time.perf_counter() - start) * 1000)
        if status != 200:
            raise SystemExit(f"webhook answered {status}")
    print(f"SMS webhook acknowledgement over {args.n} signed calls ({args.message!r}):")
    print(
        f"  median {statistics.median(acks):.1f} ms, p95 {percentile(acks, 0.95):.1f} ms, "
        f"max {max(acks):.1f} ms"
    )


if __name__ == "__main__":
    main()
