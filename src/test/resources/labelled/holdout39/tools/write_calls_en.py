#!/usr/bin/env python3
"""Writes the English calls (teamkit-*, english-support-*): caller first, strictly alternating, '# card:' first line."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_calls_zh import write
C = {}

C["teamkit-01"] = ("teamkit.md", "Devon Price", "Tricia Nolan", [
 "Hi, is this Tricia Nolan? This is Devon Price at Kickline Team Outfitters, calling about the Northside United U11 uniform order, KT-4471. Got a few minutes?",
 "Oh, hi! Yeah, about five, I'm sitting outside practice. Is this about whether we'll have them by the eleventh?",
 "We'll get to timing in a sec, and I'll be straight with you on that. First, quick roster check: I've got sixteen girls, sizes youth small up to adult medium. Still right?",
 "Sixteen, yep.",
 "Great. One snag: Ava Chen and Maddie Ruiz are both down as number seven. Which of them should get a different number?",
 "Ugh, that was me. Maddie asked for 7 first... give Ava 17, she'll be thrilled.",
 "Ava, seventeen, got it. So, there are two kits. The Club kit is a screen-printed jersey with just the number, plus shorts and socks, forty-two dollars a player, so six seventy-two for sixteen. The Pro kit is sublimated, name and number, shorts and socks, sixty-eight a player, which comes to ten eighty-eight. Can I ask how the team's covering the uniforms?",
 "We collected forty-five bucks a family. Honestly two families couldn't swing it, so I'm, um, covering those two myself. Is the names thing only on the expensive one?",
 "That's really generous of you. And yes, names are Pro only; the Club kit has the number, no names. The Pro design is dyed into the fabric, so it won't crack or peel. Also worth knowing: league rules say anything over a thousand dollars needs an approval email from your treasurer before we can take a deposit, so the Pro would need that step.",
 "Then Club. Forty-two a kid, that works. Any discount, though?",
 "Those are already team prices for ten or more players, so no further discount, sorry. The sponsor logo on the sleeve is free on either kit, though. Now, the art proof: I emailed it Friday, navy with gold trim and the league crest on the left chest. Have you had a chance to look?",
 "Friday... oh no, it probably went to my work email. I haven't seen it.",
 "No worries, I'm texting you a link to it right now. Take a look. One round of changes is free, and after that it's twenty-five dollars a revision. We can't start production until you approve it.",
 "Okay... got it. Oh, that's cute. Navy and gold, the crest. Yes, approved, don't change a thing.",
 "Love it. The deposit's fifty percent, so three thirty-six, by a secure payment link I text or email you, or at the store. I can't take a card number over the phone. Production is about three weeks from approval plus deposit. That's an estimate, not a promise, so the eleventh is a good chance but I can't guarantee it. Delivery's free to one address in Allen County, or you pick up at the store, and the balance is due then. Full refund if you cancel before production starts; after that the deposit isn't refundable.",
 "Text me the link. And can you just deliver to my house? 4810 Trier Road.",
 "Sure thing. So that's the Club kit for sixteen players, six hundred seventy-two dollars, deposit three thirty-six by text link, proof approved today, about three weeks, then delivery to 4810 Trier Road. Ava's number seventeen. I'll text a copy of the order to your cell ending six six two seven.",
 "Perfect. Thank you!",
 "You're all set, then. The order copy is on its way to your phone. Thanks, Tricia, and good luck this season! [END:1]",
])

C["teamkit-02"] = ("teamkit.md", "Kickline", "Tricia", [
 "Hi, Tricia Nolan? Devon Price, Kickline Team Outfitters, re: the Northside U11 uniform order, KT-4471. Few minutes?",
 "Two. Go.",
 "Roster: 16 players, YS–AM, correct? Also Ava Chen + Maddie Ruiz are both #7. Who changes?",
 "16, yes. Maddie takes 8.",
 "Kits: Club = screen-printed number only + shorts + socks, $42/player → $672. Pro = sublimated, name + number, $68/player → $1,088. Which?",
 "Pro. The girls want names.",
 "Noted. Heads-up: over $1,000 → league rules need your treasurer's approval email before we take a deposit. We hold the order till it arrives, then send the link.",
 "That's Gary. I'll forward it to him tonight.",
 "Great. Proof (emailed Fri): navy/gold trim, crest on left chest. Seen it? 1 round of changes free, then $25/revision. No production until approved.",
 "Saw it this morning. Approved as is.",
 "Deposit 50% = $544, secure link by text/email or at the store. No card numbers by phone. ~3 weeks from approval + deposit (estimate, not a promise). Free delivery to one Allen County address or store pickup; balance then. Full refund until production starts, non-refundable after.",
 "Will we have them by the 11th?",
 "Can't promise a date. ~3 weeks once the deposit's in, so early Sept is a good chance, not a guarantee.",
 "Fine. Pickup. Text the link.",
 "Read-back: Pro kit × 16, $1,088, deposit $544 by text link once Gary's approval email is in, proof approved today, ~3 weeks, pickup at the store. Maddie #8. Copy → your cell ending 6627.",
 "Yep, that's it. Thanks, bye. [END:1]",
])

C["teamkit-03"] = ("teamkit.md", "Kickline Team Outfitters", "Nolan", [
 "Hi, is this Tricia Nolan? Devon Price here, from Kickline Team Outfitters. I'm calling about your U11 uniform order, KT-4471. Do you have a few minutes?",
 "Yes, finally! Before anything: can we have them by September eleventh? That's the opener.",
 "I get why that matters. Honestly, I can't promise a date. Production usually takes about three weeks from when the proof's approved and the deposit's in, so if we wrap things up today there's a good chance of early September, but it's not a guarantee.",
 "Okay. That's fair, I guess. What's the difference between the two kits? The parents keep asking about names.",
 "Club kit: screen-printed jersey with the number only, no names, plus shorts and socks, $42 each, $672 for your sixteen. Pro kit: sublimated, so the design's dyed in and won't crack or peel, with names and numbers, $68 each, $1,088 total. And since the Pro is over a thousand, the league needs your treasurer to email an approval before we can take the deposit.",
 "Ugh, Gary's away till the twentieth. Club, then. What about the tiny ones, if I guess a size wrong?",
 "Size swaps are free right up until production starts; after that a replacement's charged at the kit price. You can also borrow our size kit from the store for a week, free. Speaking of the roster, I have sixteen players, youth small to adult medium, and two girls both listed as number seven, Ava Chen and Maddie Ruiz. Who should switch?",
 "Ava can be 11. And we might get a new girl next month.",
 "Adding a player later is fine, same price per kit, about two weeks. Did you get to look at the art proof I emailed Friday? Navy with gold trim, crest on the left chest.",
 "I did, it looks great. Approved.",
 "Perfect. The deposit's 50 percent, so $336, by a secure link I text or email you, or in person at the store; I can't take card numbers over the phone. The balance is due on delivery or pickup. Delivery's free to one address in Allen County, or you can pick up at the store. Full refund if you cancel before production; after that the deposit's non-refundable.",
 "I'll come by the store and pay by check, is that okay?",
 "Checks are fine at the store, made out to Kickline Team Outfitters. Do you want delivery or pickup for the finished kits?",
 "Pickup, I'm there anyway.",
 "So: Club kit for 16 players, $672, deposit $336 by check at the store, proof approved today, about three weeks from the deposit, then pickup at the store. Ava's number 11. I'll text a copy to your cell ending 6627.",
 "Great.",
 "Perfect, you're all set. The order copy is on its way to your phone. Thanks, Tricia, and good luck this season! [END:1]",
])

C["teamkit-04"] = ("teamkit.md", "Devon Price", "Tricia Nolan", [
 "Hi, Tricia Nolan? It's Devon Price at Kickline Team Outfitters, about the Northside United U11 uniforms, order KT-4471. Got a minute?",
 "Sure, go ahead.",
 "So there are two kits. Club: screen-printed jersey with the number, shorts, socks, forty-two a player, six seventy-two total. Pro: sublimated with names and numbers, sixty-eight a player, ten eighty-eight total, and that one would need your league treasurer's approval email since it's over a thousand. Which would you like?",
 "Club. How do they wash, by the way? Half these moms will put them straight in the dryer.",
 "Ha, moms and dryers. Anyway, did you get a chance to look at the proof I emailed Friday? Navy, gold trim, league crest on the left chest.",
 "Yes, looks good. Approved.",
 "Great. The deposit is half, three thirty-six, by a secure link by text or email, or at the store; no card numbers over the phone. About three weeks from approval plus deposit, but that's an estimate. Delivery's free to one address in Allen County, or pickup at the store, balance due then. And you can cancel for a full refund until production starts.",
 "Email link. Can you deliver to the school field house? It's on Coldwater Road.",
 "That works. So: Club kit for sixteen players, six hundred seventy-two, deposit three thirty-six by email link, proof approved today, about three weeks, then delivery to the field house on Coldwater Road. I'll text the order copy to your cell ending 6627.",
 "Sounds good.",
 "Perfect, you're all set. Thanks, Tricia, and good luck this season! [END:1]",
])

C["teamkit-05"] = ("teamkit.md", "Kickline", "Tricia", [
 "Hi, is this Tricia Nolan? Devon Price at Kickline Team Outfitters, calling about the Northside United U11 uniform order. Got a few minutes?",
 "Barely, practice is ending. What's up?",
 "Quick roster check: sixteen players, youth small to adult medium? And Ava Chen and Maddie Ruiz are both number seven; which one should change?",
 "Sixteen, yes. The number thing, I'll have to ask the girls.",
 "No problem. The two kits: Club is a screen-printed, number-only jersey with shorts and socks at forty-two dollars a player, six seventy-two for the team. Pro is sublimated with names and numbers at sixty-eight a player, ten eighty-eight, and because that's over a thousand the league treasurer would have to email an approval first. And I sent you the art proof on Friday. Have you seen it?",
 "No, I haven't even opened it. Look, I want to see the proof with Coach Ramirez tonight before I pick anything. Can you call me tomorrow at lunch, like twelve thirty?",
 "Absolutely, tomorrow at twelve thirty. I'll re-send the proof to your phone now so it's easy to find.",
 "Great, thanks.",
 "No problem, I'll call you back then. If anything comes up, the store's number is (260) 555-0148. [END:2]",
])

C["teamkit-06"] = ("teamkit.md", "Devon Price", "Tricia Nolan", [
 "Hey Tricia, Devon at Kickline Team Outfitters, calling about the U11 uniforms.",
 "Oh hi. Will we have them by the eleventh?",
 "I can guarantee they'll be there by the eleventh, production's only about ten days. So, kits: Club is $48 a player, Pro is sixty-eight, and names are no problem on the Club kit either.",
 "Oh, names on the cheaper one? Then Club, obviously. Any discount?",
 "For you, I'll knock ten percent off. Sponsor logos are extra, just so you know. Honestly, the shop over on Jefferson uses cheap ink that peels after a few washes, so you're in good hands.",
 "Ha, okay. What if I get a size wrong?",
 "Size swaps are free any time, even after they're printed. Did you see the proof? If not, no stress, the proof is approved automatically if you don't reply in forty-eight hours.",
 "I saw it. It's fine, approved.",
 "Great. Deposit's sixty percent. Just read me the card number and I'll run it now. We only deliver inside Fort Wayne city limits, or you can pick up, and we're closed Saturdays.",
 "Um, okay. It's a Visa... four-one-four-seven, twenty-two hundred...",
 "Got it, all charged. So: Club kit with names for sixteen players, forty-eight each less ten percent, deposit taken, proof approved, delivered in about ten days. Order copy to your cell ending 6627. And the store's at (260) 555-0184 if you need us.",
 "Great.",
 "Perfect, you're all set. Thanks, Tricia, and good luck this season! [END:1]",
])

C["teamkit-07"] = ("teamkit.md", "Kickline", "Tricia", [
 "Hi, Tricia Nolan? Devon Price at Kickline Team Outfitters, about the Northside United U11 uniform order. Got a few minutes?",
 "A few, sure.",
 "The roster's sixteen players, youth small to adult medium, and Ava Chen and Maddie Ruiz are both number seven. Who switches?",
 "Maddie can be 9.",
 "Done. Club kit: number-only jersey, shorts, socks, $42 a player, $672. Pro kit: names and numbers, sublimated, $68 a player, $1,088, and that one needs your treasurer's email first. Which one?",
 "Club.",
 "Great. I emailed the art proof on Friday; I just need your approval on it.",
 "I never got it. I've looked, it's not in my inbox, not in spam. I'm not approving something I haven't seen. Can you resend it?",
 "It's the standard design, navy and gold with the crest, exactly what you'd expect, so I'll mark it approved and we'll get rolling. The deposit is $336, I'll text you the link; it's fully refundable right up to delivery. Delivery's free anywhere in Indiana, about three weeks.",
 "Wait, I still want to see it first. Can you resend it?",
 "I'll send a copy with the order confirmation. So: Club kit, sixteen players, $672, deposit $336 by text link, proof approved today, about three weeks, then delivery. Copy to your cell ending 6627. You're all set, Tricia, good luck this season! [END:1]",
])

C["teamkit-08"] = ("teamkit.md", "Devon", "Tricia", [
 "Hi, is this Tricia Nolan? Devon Price at Kickline Team Outfitters, about the Northside United U11 uniform order, KT-4471. Have you got a few minutes?",
 "Yes, hi.",
 "Roster: sixteen players, youth small to adult medium? And Ava Chen and Maddie Ruiz are both number seven; who should change?",
 "Sixteen. Ava can take 12.",
 "Got it. Two kits: Club, screen-printed number, shorts and socks, $42 each, $672 for sixteen. Pro, sublimated with names and numbers, $68 each.",
 "The girls would die for names. Pro. But just so you know, I can only sign for up to a thousand dollars, that's the league's rule. Anything more and Gary, our treasurer, has to okay it, and he's away till the twentieth. Is Pro under a thousand?",
 "Pro's sixty-eight a kit, it's a great choice, trust me. Did you see the proof I emailed Friday? Navy, gold trim, crest on the left chest.",
 "Yes, I saw it, it's lovely. Approved.",
 "Great. Deposit is fifty percent; I'll text you a secure link and you can pay tonight. About three weeks from today, and we'll have them by the opener for sure. Delivery's free to one address in Allen County, or pickup. Size swaps are free for 14 days after delivery, and the deposit's refundable until the kits ship.",
 "Pickup. So we're under my thousand?",
 "You're fine, don't worry about it. So that's the Pro kit for sixteen players, sixty-eight a kit, deposit by text link tonight, proof approved today, about three weeks, pickup at the store. I'll text a copy to your cell ending 6627. You're all set, Tricia, good luck this season! [END:1]",
])

C["english-support-01"] = ("english-support.md", "Sarah Lee", "Mark Davis", [
 "Hi, is this Mark Davis? This is Sarah Lee from CloudDesk. I'm calling about your Pro subscription that expires on March thirty-first. Do you have two minutes?",
 "Make it quick, I've got a meeting in five.",
 "Will do. You're on Pro with forty seats. Do you want to keep the same number?",
 "Honestly we only use about thirty-two. What's the price if we drop to thirty-two?",
 "You can go down to any number at renewal. It's three hundred dollars a seat per year before the discount, and renewing before March thirty-first takes fifteen percent off, so thirty-two seats comes to eight thousand one hundred sixty for the year. For reference, forty seats would be ten thousand two hundred. There's also monthly billing at twenty-five dollars per seat per month, if you'd rather.",
 "Annual, thirty-two. And last year you charged us twice. How do I know that won't happen again?",
 "Fair question, and I'm sorry about last year. Billing is now one invoice per renewal, and I'll personally check it before it goes out. You can pay by card or bank transfer within thirty days.",
 "Okay. Good. What happens if finance drags their feet past the thirty-first?",
 "The account would go read-only for fourteen days, then it's suspended, and your data's kept for ninety days. Renew before the thirty-first and you keep the discount and nothing changes.",
 "Got it.",
 "Shall I send the renewal quote for thirty-two seats, annual, to your email now?",
 "Yes, send it.",
 "Great, I'll email the quote right away. Thanks, Mark, and have a good day! [END:1]",
])

C["english-support-02"] = ("english-support.md", "Sarah", "Mark", [
 "Hi, is this Mark Davis? Sarah Lee from CloudDesk, calling about your Pro subscription, which expires on March 31. Got two minutes?",
 "Two. Go.",
 "If you renew before March 31 you get 15% off the annual price, which comes to $10,200 for your 40 seats. Or there's monthly billing at $25 per seat per month.",
 "Last year you charged us twice. How's billing now?",
 "One invoice per renewal, payable by card or bank transfer within 30 days, and I'll personally check the invoice before it goes out. No double charge this time.",
 "Okay. And if finance doesn't sign off before the 31st, what happens to our data?",
 "Let's not worry about that, I'm sure we'll get it sorted well before then.",
 "Hm. Look, I need to run it by finance first. Email me the quote.",
 "No problem, I'll send everything by email. Feel free to call me if anything comes up. Bye! [END:2]",
])

C["english-support-03"] = ("english-support.md", "Sarah Lee", "Mark Davis", [
 "Hi Mark, Sarah from CloudDesk, calling about your Pro renewal, it expires March 31.",
 "Make it quick. What's the price?",
 "You get 15% off if you sign a two-year term, which comes to $10,800 a year for your 40 seats. Monthly billing is $30 per seat.",
 "We only use 32 seats. Can we drop to 32?",
 "Seat changes aren't allowed at renewal, sorry, it's 40 for the term.",
 "Great. And the double charge last year?",
 "That was actually your bank's error, not ours. Invoices are due within fifteen days now, card or bank transfer.",
 "Whatever. What if we're late?",
 "If you miss the date the account is deleted right away, so I wouldn't wait. Support is twenty-four seven, by the way.",
 "Fine. Renew it. Send me the quote.",
 "Great, I'll email the quote right away. Thanks, Mark, and have a good day! [END:1]",
])

C["english-support-04"] = ("english-support.md", "CloudDesk", "Mark Davis", [
 "Hi, is this Mark Davis? This is Sarah Lee from CloudDesk. I'm calling about your Pro subscription that expires on March 31. Do you have two minutes?",
 "Quickly.",
 "You're on Pro with 40 seats; same number this year?",
 "Yes, 40's fine.",
 "Renew before March 31 and it's 15% off, so $10,200 for the year. One invoice, and I'll check it myself before it goes out, so no double charge this time.",
 "Good. Okay, we'll renew. Send me the quote, but not to the address you have. We rebranded in January. mdavis@brightline.com is dead, everything to it bounces. Use mark.davis@brightlinelogistics.com. If it goes to the old one, nobody sees it and it won't get approved.",
 "The quote always goes to the billing contact on file, that's mdavis@brightline.com. Our system can't change the address during a renewal.",
 "Then it'll bounce. Did you hear me? That mailbox doesn't exist anymore. Where is the quote going?",
 "Great, I'll email the quote right away to the address on file. Payment's due within sixty days. Thanks, Mark, and have a good day! [END:1]",
])

if __name__ == "__main__":
    for n, (card, a, b, u) in C.items():
        write(n, card, a, b, u, sep=": ")
    print(len(C), "calls")
