package fakediscord

import "fmt"

// Where events happen, unless a test says otherwise.
const (
	ChannelID = "200000000000000001"
	GuildID   = "300000000000000001"
	DMChannel = "200000000000000009"
)

// Permission bits members may hold.
const (
	PermManageGuild int64 = 1 << 5
)

// Option is a slash command option as a user filled it in.
type Option struct {
	Name    string
	Value   any // string or bool
	Focused bool
}

func options(opts []Option) []map[string]any {
	out := []map[string]any{}
	for _, o := range opts {
		typ := 3
		if _, ok := o.Value.(bool); ok {
			typ = 5
		}
		m := map[string]any{"name": o.Name, "type": typ, "value": o.Value}
		if o.Focused {
			m["focused"] = true
		}
		out = append(out, m)
	}
	return out
}

func interaction(id string, typ int, userID string, perms int64, data map[string]any) map[string]any {
	return map[string]any{
		"id": id, "application_id": AppID, "type": typ, "token": "token-" + id, "version": 1,
		"channel_id": ChannelID, "guild_id": GuildID,
		"member": map[string]any{
			"user":        map[string]any{"id": userID, "username": "user" + userID, "discriminator": "0"},
			"permissions": fmt.Sprint(perms), "roles": []string{},
		},
		"data": data,
	}
}

// Command is an INTERACTION_CREATE for a slash command.
func Command(id, name, userID string, perms int64, opts ...Option) map[string]any {
	return interaction(id, 2, userID, perms, map[string]any{"id": "cmd-" + name, "name": name, "type": 1, "options": options(opts)})
}

// Autocomplete is an INTERACTION_CREATE for autocomplete as the user types.
func Autocomplete(id, name, userID string, opts ...Option) map[string]any {
	return interaction(id, 4, userID, 0, map[string]any{"id": "cmd-" + name, "name": name, "type": 1, "options": options(opts)})
}

// Button is an INTERACTION_CREATE for a click on a button under a message
// with the given content.
func Button(id, customID, userID, messageContent string) map[string]any {
	it := interaction(id, 3, userID, 0, map[string]any{"custom_id": customID, "component_type": 2})
	it["message"] = map[string]any{
		"id": "msg-" + id, "channel_id": ChannelID, "content": messageContent,
		"author": map[string]any{"id": BotID, "username": "Parley", "bot": true},
	}
	return it
}

// Message is a MESSAGE_CREATE. With mentionBot it mentions Parley; with an
// empty guildID it is a DM.
func Message(id, content, authorID string, bot bool, guildID string, mentionBot bool) map[string]any {
	channel := ChannelID
	if guildID == "" {
		channel = DMChannel
	}
	m := map[string]any{
		"id": id, "channel_id": channel, "content": content, "type": 0,
		"author":   map[string]any{"id": authorID, "username": "user" + authorID, "bot": bot},
		"mentions": []any{},
	}
	if guildID != "" {
		m["guild_id"] = guildID
	}
	if mentionBot {
		m["mentions"] = []any{map[string]any{"id": BotID, "username": "Parley", "bot": true}}
	}
	return m
}

// Reply is Message replying to another message (message_reference), as
// Discord sends a reply; with the parent given, referenced_message too.
func Reply(id, content, authorID, guildID string, mentionBot bool, parentID string, parent map[string]any) map[string]any {
	m := Message(id, content, authorID, false, guildID, mentionBot)
	m["type"] = 19
	m["message_reference"] = map[string]any{"message_id": parentID, "channel_id": m["channel_id"]}
	if parent != nil {
		m["referenced_message"] = parent
	}
	return m
}

// ModalSubmit is an INTERACTION_CREATE for a submitted modal with one text
// field, from a button under a message with the given content.
func ModalSubmit(id, customID, fieldID, value, userID, messageID, messageContent string) map[string]any {
	it := interaction(id, 5, userID, 0, map[string]any{
		"custom_id": customID,
		"components": []any{map[string]any{"type": 1, "components": []any{
			map[string]any{"type": 4, "custom_id": fieldID, "value": value},
		}}},
	})
	it["message"] = map[string]any{
		"id": messageID, "channel_id": ChannelID, "content": messageContent,
		"author": map[string]any{"id": BotID, "username": "Parley", "bot": true},
	}
	return it
}
