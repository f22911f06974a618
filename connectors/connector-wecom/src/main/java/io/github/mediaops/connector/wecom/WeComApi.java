package io.github.mediaops.connector.wecom;

import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

/**
 * The WeCom endpoints the connector uses (paths relative to https://qyapi.weixin.qq.com/), with their wire
 * records: tolerant (unknown fields ignored, numbers as strings accepted), counters boxed so that a field
 * WeCom did not send stays absent. Shapes from WeCom's documentation as mirrored in the SKIT.FlurlHttpClient.Wechat
 * model samples ({@code platform-apis-2.md} §1.2). Property names are snake_case for every record
 * ({@code configId} is {@code config_id}), set once by the connector.
 */
interface WeComApi {

    @POST("cgi-bin/externalcontact/add_contact_way")
    Call<AddContactWayResponse> addContactWay(@Query("access_token") String token, @Body ContactWayBody body);

    @POST("cgi-bin/externalcontact/get_contact_way")
    Call<GetContactWayResponse> getContactWay(@Query("access_token") String token, @Body ConfigId body);

    @POST("cgi-bin/externalcontact/update_contact_way")
    Call<Status> updateContactWay(@Query("access_token") String token, @Body ContactWayBody body);

    @POST("cgi-bin/externalcontact/del_contact_way")
    Call<Status> deleteContactWay(@Query("access_token") String token, @Body ConfigId body);

    @POST("cgi-bin/externalcontact/customer_acquisition/create_link")
    Call<LinkResponse> createLink(@Query("access_token") String token, @Body LinkBody body);

    @POST("cgi-bin/externalcontact/customer_acquisition/get")
    Call<LinkResponse> getLink(@Query("access_token") String token, @Body LinkId body);

    @POST("cgi-bin/externalcontact/customer_acquisition/delete_link")
    Call<Status> deleteLink(@Query("access_token") String token, @Body LinkId body);

    @GET("cgi-bin/externalcontact/list")
    Call<ContactIds> listContacts(@Query("access_token") String token, @Query("userid") String userId);

    @GET("cgi-bin/externalcontact/get")
    Call<ContactDetail> getContact(@Query("access_token") String token, @Query("external_userid") String externalUserId,
                                   @Query("cursor") String cursor);

    @POST("cgi-bin/externalcontact/batch/get_by_user")
    Call<BatchContacts> batchContacts(@Query("access_token") String token, @Body BatchRequest body);

    @POST("cgi-bin/externalcontact/groupchat/list")
    Call<GroupChatList> listGroupChats(@Query("access_token") String token, @Body GroupChatListRequest body);

    @POST("cgi-bin/externalcontact/groupchat/get")
    Call<GroupChatResponse> getGroupChat(@Query("access_token") String token, @Body GroupChatGetRequest body);

    @POST("cgi-bin/externalcontact/groupchat/statistic")
    Call<StatisticResponse> groupStatistic(@Query("access_token") String token, @Body StatisticRequest body);

    @POST("cgi-bin/externalcontact/groupchat/statistic_group_by_day")
    Call<StatisticResponse> groupStatisticByDay(@Query("access_token") String token, @Body StatisticRequest body);

    @POST("cgi-bin/externalcontact/send_welcome_msg")
    Call<Status> sendWelcome(@Query("access_token") String token, @Body WelcomeBody body);

    @POST("cgi-bin/externalcontact/add_msg_template")
    Call<MsgTemplateResponse> addMsgTemplate(@Query("access_token") String token, @Body MsgTemplateBody body);

    @POST("cgi-bin/externalcontact/get_groupmsg_list_v2")
    Call<GroupMsgList> groupMsgList(@Query("access_token") String token, @Body GroupMsgListRequest body);

    @POST("cgi-bin/externalcontact/get_groupmsg_send_result")
    Call<SendResult> groupMsgSendResult(@Query("access_token") String token, @Body SendResultRequest body);

    // ------------------------------------------------------------------ wire records

    record Status(Integer errcode, String errmsg) {
    }

    record ContactWayBody(String configId, Integer type, Integer scene, String remark, Boolean skipVerify, String state,
                          List<String> user, List<Long> party) {
    }

    record ConfigId(String configId) {
    }

    record AddContactWayResponse(String configId, String qrCode) {
    }

    record WireContactWay(String configId, Integer type, Integer scene, String remark, Boolean skipVerify, String state,
                          String qrCode, List<String> user, List<Long> party, Boolean isTemp, Long expiresIn) {
    }

    record GetContactWayResponse(WireContactWay contactWay) {
    }

    record Range(List<String> userList, List<Long> departmentList) {
    }

    record LinkBody(String linkName, Range range, Boolean skipVerify) {
    }

    record LinkId(String linkId) {
    }

    record WireLink(String linkId, String linkName, String url, Long createTime, Boolean skipVerify) {
    }

    record LinkResponse(WireLink link, Range range) {
    }

    record ContactIds(List<String> externalUserid) {
    }

    record WireContact(String externalUserid, String name, Integer type, Integer gender, String unionid, String corpName) {
    }

    record WireTag(String groupName, String tagName, String tagId, Integer type) {
    }

    record WireFollow(String userid, String remark, Long createtime, List<WireTag> tags, List<String> tagId, String state,
                      Integer addWay, String operUserid) {
    }

    record ContactDetail(WireContact externalContact, List<WireFollow> followUser, String nextCursor) {
    }

    record BatchRequest(List<String> useridList, String cursor, Integer limit) {
    }

    record BatchItem(WireContact externalContact, WireFollow followInfo) {
    }

    record BatchContacts(List<BatchItem> externalContactList, String nextCursor) {
    }

    record OwnerFilter(List<String> useridList) {
    }

    record GroupChatListRequest(Integer statusFilter, OwnerFilter ownerFilter, String cursor, Integer limit) {
    }

    record WireChatRef(String chatId, Integer status) {
    }

    record GroupChatList(List<WireChatRef> groupChatList, String nextCursor) {
    }

    record GroupChatGetRequest(String chatId, Integer needName) {
    }

    record Invitor(String userid) {
    }

    record WireMember(String userid, Integer type, Long joinTime, Integer joinScene, String state, Invitor invitor,
                      String groupNickname, String name, String unionid) {
    }

    record WireGroupChat(String chatId, String name, String owner, Long createTime, String notice, List<WireMember> memberList,
                         List<Invitor> adminList) {
    }

    record GroupChatResponse(WireGroupChat groupChat) {
    }

    record StatisticRequest(Long dayBeginTime, Long dayEndTime, OwnerFilter ownerFilter, Integer orderBy, Integer orderAsc,
                            Integer offset, Integer limit) {
    }

    record StatData(Long newChatCnt, Long chatTotal, Long chatHasMsg, Long newMemberCnt, Long memberTotal, Long memberHasMsg,
                    Long msgTotal, Long migrateTraineeChatCnt) {
    }

    record StatItem(String owner, Long statTime, StatData data) {
    }

    record StatisticResponse(Integer total, Integer nextOffset, List<StatItem> items) {
    }

    record Text(String content) {
    }

    record WelcomeBody(String welcomeCode, Text text) {
        @Override
        public String toString() {
            return "WelcomeBody[welcomeCode=***, text=" + text + "]";
        }
    }

    record MsgTemplateBody(String chatType, List<String> externalUserid, List<String> chatIdList, String sender,
                           Boolean allowSelect, Text text, List<Map<String, Object>> attachments) {
    }

    record MsgTemplateResponse(List<String> failList, String msgid) {
    }

    record GroupMsgListRequest(String chatType, Long startTime, Long endTime, String creator, Integer filterType,
                               Integer limit, String cursor) {
    }

    record WireGroupMsg(String msgid, String creator, Long createTime, Integer createType, Text text) {
    }

    record GroupMsgList(List<WireGroupMsg> groupMsgList, String nextCursor) {
    }

    record SendResultRequest(String msgid, String userid, Integer limit, String cursor) {
    }

    record WireSend(String externalUserid, String chatId, String userid, Integer status, Long sendTime) {
    }

    record SendResult(List<WireSend> sendList, String nextCursor) {
    }
}
